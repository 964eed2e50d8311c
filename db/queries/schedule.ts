// The publication clock's reads. A scheduled article goes public at its minute by its time alone
// (isPublic compares publishedAt with now), but pages cached before that minute (listings, the
// front page, feeds, sitemaps) do not know it. The HTTP server asks here every few seconds which
// articles' time has come since it last looked, and has their pages expired (scripts/server/
// scheduler.ts, app/api/intern/zeitplan). Imported by the HTTP server outside Next, so it cannot
// be `server-only`.
import { and, eq, gt, isNotNull, lte, sql } from "drizzle-orm";
import { articles } from "@/db/schema";
import { prepared } from "@/db/prepared";

const scheduleQueries = prepared((db) => ({
  // A range on articles_published_idx (published_at, status): covers the status check too.
  due: db
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        gt(articles.publishedAt, sql.placeholder("from")),
        lte(articles.publishedAt, sql.placeholder("to")),
        eq(articles.status, "scheduled"),
      ),
    )
    .prepare(),
  // articles_staged_at_idx holds only the articles with a time for their staged changes.
  staged: db
    .select({ id: articles.id })
    .from(articles)
    .where(and(isNotNull(articles.stagedAt), lte(articles.stagedAt, sql.placeholder("to"))))
    .prepare(),
}));

/** Scheduled articles whose time lies in (from, to]: they went public in that window. */
export function dueScheduledArticles(from: number, to: number): number[] {
  return scheduleQueries()
    .due.all({ from, to })
    .map((row) => row.id);
}

/** Articles whose staged changes are due by `to` (published by the clock, then cleared). */
export function dueStagedArticles(to: number): number[] {
  return scheduleQueries()
    .staged.all({ to })
    .map((row) => row.id);
}
