import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { pages } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { cached } from "./cache";

interface StaticPage {
  slug: string;
  title: string;
  body: string;
  updatedAt: number;
}

function findPage(slug: string): StaticPage | null {
  return (
    getDb()
      .select({
        slug: pages.slug,
        title: pages.title,
        body: pages.body,
        updatedAt: pages.updatedAt,
      })
      .from(pages)
      .where(eq(pages.slug, slug))
      .get() ?? null
  );
}

export function getPage(slug: string): Promise<StaticPage | null> {
  return cached(["page", slug], [cacheTags.pages], () => findPage(slug));
}
