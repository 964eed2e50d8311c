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
