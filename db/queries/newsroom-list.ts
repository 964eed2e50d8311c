import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import {
  articleLastChange,
  articles,
  authors,
  sections,
  staff,
  type ArticleStatus,
} from "@/db/schema";
import { NEWSROOM_PAGE_SIZE, shownStatus, type ArticleListFilter } from "@/lib/newsroom-list";

// What the newsroom's article list reads: every article whatever its status, newest change
// first, with its filters. Each filter has an index that ends in the same "last change"
// expression (db/schema.ts articleLastChange), so a page is read by walking an index, never by
// sorting 50,000 rows (db/queries/query-plans.test.ts checks the plans).

/** Text searches count their hits up to here ("über 1.000"), so a common word costs no more. */
export const NEWSROOM_QUERY_COUNT_CAP = 1000;

export interface ArticleListRow {
  id: number;
  headline: string;
  status: ArticleStatus;
  /** The status as staff read it (lib/newsroom-list.ts shownStatus). */
  shownStatus: ArticleStatus;
  publishedAt: number;
  sectionName: string;
  /** null: the byline "Redaktion". */
  authorName: string | null;
  lastChange: number;
  /** Who made the last change; null for seeded articles and deleted accounts. */
  changedByName: string | null;
}

export interface ArticleListPage {
  rows: ArticleListRow[];
  total: number;
  /** True when a text search found more than NEWSROOM_QUERY_COUNT_CAP and counting stopped. */
  capped: boolean;
  pageCount: number;
}

const changer = alias(staff, "changer");

/** LIKE pattern for a staff member's search text: their %, _ and \ match themselves. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

function statusWhere(status: ArticleStatus, now: number): SQL {
  // As the list shows them: a scheduled article whose time has come counts as published. These
  // say isPublic (./visibility.ts) with unary + on the columns, so SQLite does not read the
  // published articles by date and sort them all, but walks the list's own index in order; the
  // builder cannot say "+column".
  const publishedAt = sql`+${articles.publishedAt}`;
  if (status === "published")
    return and(
      lte(publishedAt, now),
      inArray(sql`+${articles.status}`, ["published", "scheduled"]),
    )!;
  if (status === "scheduled") return and(eq(articles.status, "scheduled"), gt(publishedAt, now))!;
  return eq(articles.status, status);
}

function listWhere(filter: ArticleListFilter, now: number): SQL | undefined {
  return and(
    filter.status ? statusWhere(filter.status, now) : undefined,
    filter.sectionId ? eq(articles.sectionId, filter.sectionId) : undefined,
    filter.author === "none"
      ? isNull(articles.authorId)
      : filter.author
        ? eq(articles.authorId, filter.author)
        : undefined,
    // The text search is a LIKE on the headline, not the FTS5 index: staff look for a headline
    // they half remember, in any status, newest change first. The LIKE rides along the walk of the
    // "last change" index and the page stops at 50 hits, and counting stops at
    // NEWSROOM_QUERY_COUNT_CAP, so a common word is cheap; a word found nowhere reads each
    // article's headline once (about 0.13 s at 50,000 on a 2-core machine, on a staff page only;
    // every other filter answers in a few milliseconds there). FTS5 would
    // find few hits faster but must sort all of a common word's hits by change time, and its
    // word rules (whole words, prefixes from three letters) are not what a headline search expects.
    filter.query
      ? sql`${articles.headline} LIKE ${containsPattern(filter.query)} ESCAPE '\\'`
      : undefined,
  );
}

export function listArticlesForNewsroom(
  filter: ArticleListFilter,
  now = Date.now(),
): ArticleListPage {
  const db = getDb();
  const where = listWhere(filter, now);
  const lastChange = sql<number>`${articleLastChange}`;
  let total: number;
  let capped = false;
  if (filter.query) {
    const hits = db
      .select({ one: sql`1` })
      .from(articles)
      .where(where)
      .limit(NEWSROOM_QUERY_COUNT_CAP + 1)
      .as("hits");
    total = db.select({ n: count() }).from(hits).get()?.n ?? 0;
    capped = total > NEWSROOM_QUERY_COUNT_CAP;
    if (capped) total = NEWSROOM_QUERY_COUNT_CAP;
  } else {
    total = db.select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  }
  const rows = db
    .select({
      id: articles.id,
      headline: articles.headline,
      status: articles.status,
      publishedAt: articles.publishedAt,
      sectionName: sections.name,
      authorName: authors.name,
      lastChange,
      changedByName: changer.displayName,
    })
    .from(articles)
    // The unary + keeps SQLite from starting at the few Ressorts and walking each one's articles
    // (then sorting them all), which it prefers without ANALYZE statistics; the list then always
    // starts at the filter's index. The builder cannot say "+column".
    .innerJoin(sections, eq(sections.id, sql`+${articles.sectionId}`))
    .leftJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(changer, eq(changer.id, articles.changedBy))
    .where(where)
    .orderBy(desc(lastChange), desc(articles.id))
    .limit(NEWSROOM_PAGE_SIZE)
    .offset((filter.page - 1) * NEWSROOM_PAGE_SIZE)
    .all()
    .map((row) => ({ ...row, shownStatus: shownStatus(row.status, row.publishedAt, now) }));
  return {
    rows,
    total,
    capped,
    pageCount: Math.max(1, Math.ceil(total / NEWSROOM_PAGE_SIZE)),
  };
}

/** The filter's choices: every Ressort and every author. */
export function listArticleFilterOptions(): {
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
} {
  const db = getDb();
  return {
    sections: db
      .select({ id: sections.id, name: sections.name })
      .from(sections)
      .orderBy(asc(sections.position))
      .all(),
    authors: db
      .select({ id: authors.id, name: authors.name })
      .from(authors)
      .orderBy(asc(authors.name), asc(authors.id))
      .all(),
  };
}
