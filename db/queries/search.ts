import "server-only";
import { getDb } from "@/db/client";
import { SNIPPET_END, SNIPPET_START } from "@/lib/search";
import { PAGE_SIZE, type ArticleTeaser, type Paged } from "./articles";
import { PUBLIC_SQL } from "./visibility";

export interface SearchHit extends ArticleTeaser {
  snippet: string;
}

// bm25 weights per column: a word in the headline counts most, then the teaser, then the body.
const RANK = "bm25(articles_fts, 10.0, 4.0, 1.0)";

/** Full-text search over public articles; `match` comes from lib/search buildSearchQuery. */
export function searchArticles(match: string, page: number, now = Date.now()): Paged<SearchHit> {
  const db = getDb().$client;
  const { total } = db
    .prepare(
      `SELECT COUNT(*) AS total FROM articles_fts f JOIN articles a ON a.id = f.rowid
       WHERE articles_fts MATCH @match AND ${PUBLIC_SQL}`,
    )
    .get({ match, now }) as { total: number };
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
       WHERE articles_fts MATCH @match AND ${PUBLIC_SQL}
       ORDER BY ${RANK}, a.published_at DESC
       LIMIT ${PAGE_SIZE} OFFSET @offset`,
    )
    .all({
      match,
      now,
      start: SNIPPET_START,
      end: SNIPPET_END,
      offset: (page - 1) * PAGE_SIZE,
    }) as (Omit<SearchHit, "isColumn"> & { isColumn: number })[];
  return {
    items: rows.map((r) => ({ ...r, isColumn: r.isColumn === 1 })),
    page,
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
