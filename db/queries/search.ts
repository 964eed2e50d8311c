import "server-only";
import { getDb } from "@/db/client";
import { SNIPPET_END, SNIPPET_START } from "@/lib/search";
import { PAGE_SIZE, type ArticleTeaser, type Paged } from "./articles";
import { PUBLIC_SQL } from "./visibility";

export interface SearchHit extends ArticleTeaser {
  snippet: string;
}

/** Counting stops here: "über 1.000 Treffer" is all a reader needs, and a common word matches half the archive. */
export const SEARCH_COUNT_CAP = 1000;

// FTS5's rank column is bm25 weighted headline 10, teaser 4, body 1 (migration 0002). Ordering
// by rank alone lets FTS5 use its fast top-n path; a second sort key would lose it.
const RANK = "f.rank";

/**
 * Full-text search over public articles; `match` comes from lib/search buildSearchQuery. Ranks
 * first (ids only), then builds snippets for the 20 rows of the page alone.
 */
export function searchArticles(
  match: string,
  page: number,
  now = Date.now(),
): Paged<SearchHit> & { capped: boolean } {
  const db = getDb().$client;
  const { total } = db
    .prepare(
      `SELECT COUNT(*) AS total FROM (
         SELECT 1 FROM articles_fts f JOIN articles a ON a.id = f.rowid
         WHERE articles_fts MATCH @match AND ${PUBLIC_SQL} LIMIT ${SEARCH_COUNT_CAP + 1})`,
    )
    .get({ match, now }) as { total: number };
  const capped = total > SEARCH_COUNT_CAP;
  const counted = Math.min(total, SEARCH_COUNT_CAP);
  const pageCount = Math.max(1, Math.ceil(counted / PAGE_SIZE));
  const offset = (page - 1) * PAGE_SIZE;
  if (offset >= counted) return { items: [], page, total: counted, pageCount, capped };

  const ids = (
    db
      .prepare(
        `SELECT f.rowid AS id FROM articles_fts f JOIN articles a ON a.id = f.rowid
         WHERE articles_fts MATCH @match AND ${PUBLIC_SQL}
         ORDER BY ${RANK} LIMIT ${PAGE_SIZE} OFFSET @offset`,
      )
      .all({ match, now, offset }) as { id: number }[]
  ).map((r) => r.id);
  if (ids.length === 0) return { items: [], page, total: counted, pageCount, capped };

  const rows = db
    .prepare(
      `SELECT a.id, a.slug, s.slug AS sectionSlug, s.name AS sectionName, a.kicker, a.headline,
         a.teaser, a.image_key AS imageKey, a.image_alt AS imageAlt,
         a.published_at AS publishedAt, au.name AS authorName, au.slug AS authorSlug,
         (s.slug = 'kolumne') AS isColumn, a.comment_count AS commentCount,
         snippet(articles_fts, -1, @start, @end, '…', 24) AS snippet
       FROM articles_fts f
       JOIN articles a ON a.id = f.rowid
       JOIN sections s ON s.id = a.section_id
       LEFT JOIN authors au ON au.id = a.author_id
       WHERE articles_fts MATCH @match AND f.rowid IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ match, start: SNIPPET_START, end: SNIPPET_END, ids: JSON.stringify(ids) }) as (Omit<
    SearchHit,
    "isColumn"
  > & { isColumn: number })[];
  const byId = new Map(rows.map((r) => [r.id, { ...r, isColumn: r.isColumn === 1 }]));
  return {
    items: ids.map((id) => byId.get(id)).filter((hit): hit is SearchHit => hit !== undefined),
    page,
    total: counted,
    pageCount,
    capped,
  };
}
