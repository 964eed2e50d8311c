import "server-only";
import { and, count, desc, eq, gt, gte, inArray, lt, max, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleTags, authors, pages, sections, tags } from "@/db/schema";
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
import { findSections, type ArticleTeaser, type SectionInfo } from "./articles";
import { cached } from "./cache";
import { isPublic } from "./visibility";

// Reads for sitemaps and feeds. Everything here lists public articles only (isPublic): drafts,
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

/** The newest of an article's publication and its last correction. */
const lastChange = sql<number>`MAX(${articles.publishedAt}, ${articles.updatedAt})`;
const isColumn = sql<boolean>`(${sections.slug} = 'kolumne')`.mapWith(Boolean);

/** Every public page that is not an article: front page, Ressorts, authors, topics, info pages. */
export function findSitemapPages(now = Date.now()): SitemapUrl[] {
  const db = getDb();
  const newest = db
    .select({ t: sql<number | null>`MAX(${lastChange})` })
    .from(articles)
    .where(isPublic(now))
    .get();
  const sectionRows = db
    .select({
      slug: sections.slug,
      lastmod: sql<number | null>`(${db
        .select({ t: sql`MAX(${lastChange})` })
        .from(articles)
        .where(and(eq(articles.sectionId, sections.id), isPublic(now)))})`,
    })
    .from(sections)
    .orderBy(sections.position)
    .all();
  // Only authors and topics with at least one public article: an empty page is not worth a
  // crawl (the newsroom creates authors before their first story).
  const authorRows = db
    .select({ slug: authors.slug, lastmod: max(articles.publishedAt) })
    .from(authors)
    .innerJoin(articles, eq(articles.authorId, authors.id))
    .where(isPublic(now))
    .groupBy(authors.id)
    .orderBy(authors.slug)
    .all();
  const topicRows = db
    .select({ slug: tags.slug, lastmod: max(articles.publishedAt) })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(isPublic(now))
    .groupBy(tags.id)
    .orderBy(tags.slug)
    .all();
  const pageRows = db
    .select({ slug: pages.slug, lastmod: pages.updatedAt })
    .from(pages)
    .orderBy(pages.slug)
    .all();
  return [
    { path: "/", lastmod: newest?.t ?? null },
    ...sectionRows.map((s) => ({ path: `/${s.slug}`, lastmod: s.lastmod })),
    ...authorRows.map((a) => ({ path: `/autor/${a.slug}`, lastmod: a.lastmod })),
    ...topicRows.map((g) => ({ path: `/thema/${g.slug}`, lastmod: g.lastmod })),
    ...pageRows.map((p) => ({ path: `/info/${p.slug}`, lastmod: p.lastmod })),
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
  const month = sql<string>`strftime('%Y-%m', ${articles.publishedAt} / 1000, 'unixepoch')`;
  return getDb()
    .select({ month, count: count(), lastmod: sql<number>`MAX(${lastChange})` })
    .from(articles)
    .where(isPublic(now))
    .groupBy(month)
    .orderBy(month)
    .all();
}

function getArticleMonths(): Promise<MonthCount[]> {
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
    .select({
      slug: articles.slug,
      sectionSlug: sections.slug,
      lastmod: lastChange,
      imageKey: articles.imageKey,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(
      and(
        isPublic(now),
        range ? gte(articles.publishedAt, range.from) : undefined,
        range ? lt(articles.publishedAt, range.to) : undefined,
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(options.limit ?? -1)
    .offset(options.offset ?? 0)
    .all();
  return rows.map((r) => ({
    path: articlePath(r),
    lastmod: r.lastmod,
    images: r.imageKey ? [leadImagePath(r.imageKey)] : [],
  }));
}

// ---- Google News sitemap --------------------------------------------------------------------

interface NewsRow {
  slug: string;
  sectionSlug: string;
  headline: string;
  authorName: string | null;
  isColumn: boolean;
  publishedAt: number;
}

/** Articles of the last 48 hours, newest first, at most 1,000. */
export function findNewsArticles(now = Date.now()): NewsRow[] {
  return getDb()
    .select({
      slug: articles.slug,
      sectionSlug: sections.slug,
      headline: articles.headline,
      authorName: authors.name,
      isColumn,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(authors, eq(authors.id, articles.authorId))
    .where(and(gt(articles.publishedAt, now - NEWS_WINDOW_MS), isPublic(now)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(NEWS_LIMIT)
    .all();
}

export function getNewsArticles(): Promise<NewsRow[]> {
  return cached(["news-sitemap"], SITEMAP_TAGS, () => findNewsArticles(), NEWS_REVALIDATE_SECONDS);
}

// ---- Feeds ----------------------------------------------------------------------------------

/** A feed item: the teaser's fields a feed prints, and the article's topics. */
type FeedRow = Pick<
  ArticleTeaser,
  | "id"
  | "slug"
  | "sectionSlug"
  | "sectionName"
  | "headline"
  | "teaser"
  | "imageKey"
  | "imageAlt"
  | "publishedAt"
  | "authorName"
  | "isColumn"
> & { tags: string[] };

export interface FeedData {
  section: { slug: string; name: string; description: string } | null;
  items: FeedRow[];
}

/** The newest 50 public articles, of one Ressort or of all; null for an unknown Ressort. */
export function findFeed(sectionSlug: string | null, now = Date.now()): FeedData | null {
  const db = getDb();
  let section: SectionInfo | null = null;
  if (sectionSlug !== null) {
    section = findSections().find((s) => s.slug === sectionSlug) ?? null;
    if (!section) return null;
  }
  const rows = db
    .select({
      id: articles.id,
      slug: articles.slug,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      headline: articles.headline,
      teaser: articles.teaser,
      imageKey: articles.imageKey,
      imageAlt: articles.imageAlt,
      publishedAt: articles.publishedAt,
      authorName: authors.name,
      isColumn,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(authors, eq(authors.id, articles.authorId))
    .where(and(isPublic(now), section ? eq(articles.sectionId, section.id) : undefined))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(FEED_SIZE)
    .all();
  const tagRows = rows.length
    ? db
        .select({ articleId: articleTags.articleId, name: tags.name })
        .from(articleTags)
        .innerJoin(tags, eq(tags.id, articleTags.tagId))
        .where(
          inArray(
            articleTags.articleId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(tags.name)
        .all()
    : [];
  const tagsById = new Map<number, string[]>();
  for (const { articleId, name } of tagRows) {
    tagsById.set(articleId, [...(tagsById.get(articleId) ?? []), name]);
  }
  return {
    section: section
      ? { slug: section.slug, name: section.name, description: section.description }
      : null,
    items: rows.map((r) => ({ ...r, tags: tagsById.get(r.id) ?? [] })),
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
