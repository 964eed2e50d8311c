import "server-only";
import { getDb } from "@/db/client";
import { cacheTags } from "@/lib/cache-tags";
import { FEED_SIZE } from "@/lib/seo/rss";
import { articlePath, leadImagePath } from "@/lib/seo/site";
import {
  monthRange,
  NEWS_LIMIT,
  NEWS_WINDOW_MS,
  planSitemap,
  sitemapPagesSummary,
  SITEMAP_URL_LIMIT,
  type MonthCount,
  type SitemapPlan,
  type SitemapUrl,
} from "@/lib/seo/sitemaps";
import { cached } from "./cache";
import { PUBLIC_SQL } from "./visibility";

// Reads for sitemaps and feeds. Everything here lists public articles only (PUBLIC_SQL): drafts,
// scheduled stories before their time and deleted ones never reach a crawler file.
//
// Freshness: the reads carry the `articles` tag (plus `sitemaps` or `feeds`), so whatever
// publishes, changes or removes an article expires them together with the routes that show them
// (the tags of a cached read attach to the route's cache entry). The clock does the rest: the
// numbers below equal the `revalidate` of the routes, so a scheduled story shows up on time.
const SITEMAP_REVALIDATE_SECONDS = 600;
const NEWS_REVALIDATE_SECONDS = 60;
const FEED_REVALIDATE_SECONDS = 300;

const SITEMAP_TAGS = [cacheTags.sitemaps, cacheTags.articles];

// ---- Sitemap --------------------------------------------------------------------------------

/** Every public page that is not an article: front page, Ressorts, authors, topics, info pages. */
export function findSitemapPages(now = Date.now()): SitemapUrl[] {
  const db = getDb().$client;
  const newest = db
    .prepare(
      `SELECT MAX(MAX(a.published_at, a.updated_at)) AS t FROM articles a WHERE ${PUBLIC_SQL}`,
    )
    .get({ now }) as { t: number | null };
  const sections = db
    .prepare(
      `SELECT s.slug, (SELECT MAX(MAX(a.published_at, a.updated_at)) FROM articles a
         WHERE a.section_id = s.id AND ${PUBLIC_SQL}) AS lastmod
       FROM sections s ORDER BY s.position`,
    )
    .all({ now }) as { slug: string; lastmod: number | null }[];
  const authors = db
    .prepare(
      `SELECT au.slug, (SELECT MAX(a.published_at) FROM articles a
         WHERE a.author_id = au.id AND ${PUBLIC_SQL}) AS lastmod
       FROM authors au ORDER BY au.slug`,
    )
    .all({ now }) as { slug: string; lastmod: number | null }[];
  // Only topics with at least one public article: an empty topic page is not worth a crawl.
  const topics = db
    .prepare(
      `SELECT g.slug, MAX(a.published_at) AS lastmod
       FROM tags g JOIN article_tags t ON t.tag_id = g.id JOIN articles a ON a.id = t.article_id
       WHERE ${PUBLIC_SQL} GROUP BY g.id ORDER BY g.slug`,
    )
    .all({ now }) as { slug: string; lastmod: number }[];
  const pages = db.prepare("SELECT slug, updated_at AS lastmod FROM pages ORDER BY slug").all() as {
    slug: string;
    lastmod: number;
  }[];
  return [
    { path: "/", lastmod: newest.t },
    ...sections.map((s) => ({ path: `/${s.slug}`, lastmod: s.lastmod })),
    ...authors.map((a) => ({ path: `/autor/${a.slug}`, lastmod: a.lastmod })),
    ...topics.map((g) => ({ path: `/thema/${g.slug}`, lastmod: g.lastmod })),
    ...pages.map((p) => ({ path: `/info/${p.slug}`, lastmod: p.lastmod })),
  ];
}

export function getSitemapPages(): Promise<SitemapUrl[]> {
  return cached(
    ["sitemap-pages"],
    SITEMAP_TAGS,
    () => findSitemapPages(),
    SITEMAP_REVALIDATE_SECONDS,
  );
}

/** Public articles per calendar month (UTC), oldest first. */
export function findArticleMonths(now = Date.now()): MonthCount[] {
  return getDb()
    .$client.prepare(
      `SELECT strftime('%Y-%m', a.published_at / 1000, 'unixepoch') AS month, COUNT(*) AS count,
         MAX(MAX(a.published_at, a.updated_at)) AS lastmod
       FROM articles a WHERE ${PUBLIC_SQL} GROUP BY month ORDER BY month`,
    )
    .all({ now }) as MonthCount[];
}

export function getArticleMonths(): Promise<MonthCount[]> {
  return cached(
    ["sitemap-months"],
    SITEMAP_TAGS,
    () => findArticleMonths(),
    SITEMAP_REVALIDATE_SECONDS,
  );
}

/** Whether /sitemap.xml is one file or an index, and its children. */
export async function getSitemapPlan(limit = SITEMAP_URL_LIMIT): Promise<SitemapPlan> {
  const [pages, months] = await Promise.all([getSitemapPages(), getArticleMonths()]);
  return planSitemap(sitemapPagesSummary(pages), months, limit);
}

/**
 * Article URLs, newest first, with their lead image. Not a cached read: 50,000 rows are far over
 * the data cache's 2 MB limit per entry; the routes that call this are cached as a whole.
 */
export function findSitemapArticles(
  options: { month?: string; offset?: number; limit?: number } = {},
  now = Date.now(),
): SitemapUrl[] {
  const range = options.month ? monthRange(options.month) : null;
  const rows = getDb()
    .$client.prepare(
      `SELECT a.slug, s.slug AS sectionSlug, MAX(a.published_at, a.updated_at) AS lastmod,
         a.image_key AS imageKey
       FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE ${PUBLIC_SQL} ${range ? "AND a.published_at >= @from AND a.published_at < @to" : ""}
       ORDER BY a.published_at DESC, a.id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({
      now,
      ...(range ?? {}),
      limit: options.limit ?? -1,
      offset: options.offset ?? 0,
    }) as { slug: string; sectionSlug: string; lastmod: number; imageKey: string | null }[];
  return rows.map((r) => ({
    path: articlePath(r),
    lastmod: r.lastmod,
    images: r.imageKey ? [leadImagePath(r.imageKey)] : [],
  }));
}

// ---- Google News sitemap --------------------------------------------------------------------

export interface NewsRow {
  slug: string;
  sectionSlug: string;
  headline: string;
  authorName: string | null;
  isColumn: boolean;
  publishedAt: number;
}

/** Articles of the last 48 hours, newest first, at most 1,000. */
export function findNewsArticles(now = Date.now()): NewsRow[] {
  const rows = getDb()
    .$client.prepare(
      `SELECT a.slug, s.slug AS sectionSlug, a.headline, au.name AS authorName,
         (s.slug = 'kolumne') AS isColumn, a.published_at AS publishedAt
       FROM articles a JOIN sections s ON s.id = a.section_id LEFT JOIN authors au ON au.id = a.author_id
       WHERE a.published_at > @since AND ${PUBLIC_SQL}
       ORDER BY a.published_at DESC, a.id DESC LIMIT ${NEWS_LIMIT}`,
    )
    .all({ now, since: now - NEWS_WINDOW_MS }) as (Omit<NewsRow, "isColumn"> & {
    isColumn: number;
  })[];
  return rows.map((r) => ({ ...r, isColumn: r.isColumn === 1 }));
}

export function getNewsArticles(): Promise<NewsRow[]> {
  return cached(["news-sitemap"], SITEMAP_TAGS, () => findNewsArticles(), NEWS_REVALIDATE_SECONDS);
}

// ---- Feeds ----------------------------------------------------------------------------------

export interface FeedRow {
  id: number;
  slug: string;
  sectionSlug: string;
  sectionName: string;
  headline: string;
  teaser: string;
  imageKey: string | null;
  imageAlt: string;
  publishedAt: number;
  authorName: string | null;
  isColumn: boolean;
  tags: string[];
}

export interface FeedData {
  section: { slug: string; name: string; description: string } | null;
  items: FeedRow[];
}

/** The newest 50 public articles, of one Ressort or of all; null for an unknown Ressort. */
export function findFeed(sectionSlug: string | null, now = Date.now()): FeedData | null {
  const db = getDb().$client;
  let section: (FeedData["section"] & { id: number }) | null = null;
  if (sectionSlug !== null) {
    section =
      (db
        .prepare("SELECT id, slug, name, description FROM sections WHERE slug = ?")
        .get(sectionSlug) as (FeedData["section"] & { id: number }) | undefined) ?? null;
    if (!section) return null;
  }
  const rows = db
    .prepare(
      `SELECT a.id, a.slug, s.slug AS sectionSlug, s.name AS sectionName, a.headline, a.teaser,
         a.image_key AS imageKey, a.image_alt AS imageAlt, a.published_at AS publishedAt,
         au.name AS authorName, (s.slug = 'kolumne') AS isColumn
       FROM articles a JOIN sections s ON s.id = a.section_id LEFT JOIN authors au ON au.id = a.author_id
       WHERE ${PUBLIC_SQL} ${section ? "AND a.section_id = @sectionId" : ""}
       ORDER BY a.published_at DESC, a.id DESC LIMIT ${FEED_SIZE}`,
    )
    .all({ now, sectionId: section?.id ?? 0 }) as (Omit<FeedRow, "isColumn" | "tags"> & {
    isColumn: number;
  })[];
  const tagRows = db
    .prepare(
      `SELECT t.article_id AS articleId, g.name FROM article_tags t JOIN tags g ON g.id = t.tag_id
       WHERE t.article_id IN (SELECT value FROM json_each(@ids)) ORDER BY g.name`,
    )
    .all({ ids: JSON.stringify(rows.map((r) => r.id)) }) as { articleId: number; name: string }[];
  const tagsById = new Map<number, string[]>();
  for (const { articleId, name } of tagRows) {
    tagsById.set(articleId, [...(tagsById.get(articleId) ?? []), name]);
  }
  return {
    section: section
      ? { slug: section.slug, name: section.name, description: section.description }
      : null,
    items: rows.map((r) => ({ ...r, isColumn: r.isColumn === 1, tags: tagsById.get(r.id) ?? [] })),
  };
}

export function getFeed(sectionSlug: string | null): Promise<FeedData | null> {
  return cached(
    ["feed", sectionSlug ?? ""],
    [cacheTags.feeds, cacheTags.articles, ...(sectionSlug ? [cacheTags.section(sectionSlug)] : [])],
    () => findFeed(sectionSlug),
    FEED_REVALIDATE_SECONDS,
  );
}
