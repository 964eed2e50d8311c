import { and, inArray, lte, type SQL } from "drizzle-orm";
import { articles } from "@/db/schema";

/** Published, or scheduled and its time has come. Drafts never. */
export function isPublic(now: number): SQL {
  return and(lte(articles.publishedAt, now), inArray(articles.status, ["published", "scheduled"]))!;
}

/** The same predicate as SQL text for raw queries over an `articles` alias `a`. */
export const PUBLIC_SQL = "a.published_at <= @now AND a.status IN ('published', 'scheduled')";
