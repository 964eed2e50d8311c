import { and, inArray, lte, sql, type SQL } from "drizzle-orm";
import { articles } from "@/db/schema";

/** Published, or scheduled and its time has come. Drafts never. */
export function isPublic(now: number | SQL.Aliased | ReturnType<typeof sql.placeholder>): SQL {
  return and(lte(articles.publishedAt, now), inArray(articles.status, ["published", "scheduled"]))!;
}

/** `isPublic` with the time as the prepared statement's `now` placeholder. */
export function isPublicAtNow(): SQL {
  return isPublic(sql.placeholder("now"));
}

/** The same predicate as SQL text for the full-text search over an `articles` alias `a`. */
export const PUBLIC_SQL = "a.published_at <= @now AND a.status IN ('published', 'scheduled')";
