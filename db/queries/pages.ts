import "server-only";
import { getDb } from "@/db/client";
import { cacheTags } from "@/lib/cache-tags";
import { cached } from "./cache";

export interface StaticPage {
  slug: string;
  title: string;
  body: string;
  updatedAt: number;
}

export function findPage(slug: string): StaticPage | null {
  return (
    (getDb()
      .$client.prepare(
        "SELECT slug, title, body, updated_at AS updatedAt FROM pages WHERE slug = ?",
      )
      .get(slug) as StaticPage | undefined) ?? null
  );
}

export function getPage(slug: string): Promise<StaticPage | null> {
  return cached(["page", slug], [cacheTags.pages], () => findPage(slug));
}
