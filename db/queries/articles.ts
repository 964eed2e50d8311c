import "server-only";
import { getDb } from "@/db/client";
import { cacheTags } from "@/lib/cache-tags";
import { rankRelated, RELATED_MAX, type RelatedCandidate } from "@/lib/related";
import { cached } from "./cache";
import { PUBLIC_SQL } from "./visibility";

export const PAGE_SIZE = 20;

/** What a listing, the front page or a related-stories block shows of an article. */
export interface ArticleTeaser {
  id: number;
  slug: string;
  sectionSlug: string;
  sectionName: string;
  kicker: string;
  headline: string;
  teaser: string;
  imageKey: string | null;
  imageAlt: string;
  publishedAt: number;
  authorName: string | null;
  authorSlug: string | null;
  isColumn: boolean;
  commentCount: number;
}

export interface ArticleView extends ArticleTeaser {
  body: string;
  imageCaption: string;
  imageCredit: string;
  updatedAt: number;
  authorRole: string | null;
  commentsClosed: boolean;
  sectionId: number;
  tags: { slug: string; name: string }[];
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

const TEASER_COLUMNS = `
  a.id, a.slug, s.slug AS sectionSlug, s.name AS sectionName, a.kicker, a.headline, a.teaser,
  a.image_key AS imageKey, a.image_alt AS imageAlt, a.published_at AS publishedAt,
  au.name AS authorName, au.slug AS authorSlug, (s.slug = 'kolumne') AS isColumn,
  a.comment_count AS commentCount`;

const TEASER_FROM = `
  FROM articles a
  JOIN sections s ON s.id = a.section_id
  LEFT JOIN authors au ON au.id = a.author_id`;

type Row = Omit<ArticleTeaser, "isColumn"> & { isColumn: number };

function toTeaser(row: Row): ArticleTeaser {
  return { ...row, isColumn: row.isColumn === 1 };
}

function all(sql: string, params: Record<string, unknown>): ArticleTeaser[] {
  return (getDb().$client.prepare(sql).all(params) as Row[]).map(toTeaser);
}

function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

// ---- Front page -------------------------------------------------------------------------

export interface FrontPage {
  lead: ArticleTeaser | null;
  sections: { slug: string; name: string; articles: ArticleTeaser[] }[];
  mostCommented: ArticleTeaser[];
}

const PER_SECTION = 5;
const MOST_COMMENTED_DAYS = 14;

export function findFrontPage(now = Date.now()): FrontPage {
  const lead =
    all(
      `SELECT ${TEASER_COLUMNS} ${TEASER_FROM}
       WHERE ${PUBLIC_SQL} AND a.image_key IS NOT NULL AND s.slug != 'kolumne'
       ORDER BY a.published_at DESC LIMIT 1`,
      { now },
    )[0] ?? null;
  const sectionRows = getDb()
    .$client.prepare("SELECT id, slug, name FROM sections ORDER BY position")
    .all() as { id: number; slug: string; name: string }[];
  const sections = sectionRows.map((s) => ({
    slug: s.slug,
    name: s.name,
    articles: all(
      `SELECT ${TEASER_COLUMNS} ${TEASER_FROM}
       WHERE a.section_id = @sectionId AND ${PUBLIC_SQL} AND a.id != @leadId
       ORDER BY a.published_at DESC LIMIT ${PER_SECTION}`,
      { now, sectionId: s.id, leadId: lead?.id ?? 0 },
    ),
  }));
  const since = now - MOST_COMMENTED_DAYS * 24 * 3600 * 1000;
  const mostCommented = all(
    `SELECT ${TEASER_COLUMNS} ${TEASER_FROM}
     WHERE a.published_at > @since AND ${PUBLIC_SQL} AND a.comment_count > 0
     ORDER BY a.comment_count DESC, a.published_at DESC LIMIT 5`,
    { now, since },
  );
  return { lead, sections, mostCommented };
}

export function getFrontPage(): Promise<FrontPage> {
  // Revalidated with the route's clock (60 s): scheduled stories and comment counts come in.
  return cached(
    ["front-page"],
    [cacheTags.frontPage, cacheTags.articles],
    () => findFrontPage(),
    60,
  );
}

// ---- Listings ---------------------------------------------------------------------------

export interface SectionInfo {
  id: number;
  slug: string;
  name: string;
  description: string;
}

export function findSections(): SectionInfo[] {
  return getDb()
    .$client.prepare("SELECT id, slug, name, description FROM sections ORDER BY position")
    .all() as SectionInfo[];
}

export function getSections(): Promise<SectionInfo[]> {
  return cached(["sections"], [cacheTags.navigation], () => findSections());
}

export function findSectionPage(
  sectionSlug: string,
  page: number,
  now = Date.now(),
): { section: SectionInfo; list: Paged<ArticleTeaser> } | null {
  const section = findSections().find((s) => s.slug === sectionSlug);
  if (!section) return null;
  const { total } = getDb()
    .$client.prepare(
      `SELECT COUNT(*) AS total FROM articles a WHERE a.section_id = @sectionId AND ${PUBLIC_SQL}`,
    )
    .get({ sectionId: section.id, now }) as { total: number };
  const items = all(
    `SELECT ${TEASER_COLUMNS} ${TEASER_FROM}
     WHERE a.section_id = @sectionId AND ${PUBLIC_SQL}
     ORDER BY a.published_at DESC LIMIT ${PAGE_SIZE} OFFSET @offset`,
    { sectionId: section.id, now, offset: (page - 1) * PAGE_SIZE },
  );
  return { section, list: { items, page, total, pageCount: pageCount(total) } };
}

export function getSectionPage(sectionSlug: string, page: number) {
  return cached(
    ["section-page", sectionSlug, page],
    [cacheTags.section(sectionSlug)],
    () => findSectionPage(sectionSlug, page),
    300,
  );
}

export interface AuthorInfo {
  id: number;
  slug: string;
  name: string;
  role: string;
  bio: string;
  isColumnist: boolean;
}

export function findAuthorPage(
  authorSlug: string,
  page: number,
  now = Date.now(),
): { author: AuthorInfo; list: Paged<ArticleTeaser> } | null {
  const row = getDb()
    .$client.prepare(
      "SELECT id, slug, name, role, bio, is_columnist AS isColumnist FROM authors WHERE slug = ?",
    )
    .get(authorSlug) as (Omit<AuthorInfo, "isColumnist"> & { isColumnist: number }) | undefined;
  if (!row) return null;
  const author = { ...row, isColumnist: row.isColumnist === 1 };
  const { total } = getDb()
    .$client.prepare(
      `SELECT COUNT(*) AS total FROM articles a WHERE a.author_id = @authorId AND ${PUBLIC_SQL}`,
    )
    .get({ authorId: author.id, now }) as { total: number };
  const items = all(
    `SELECT ${TEASER_COLUMNS} ${TEASER_FROM}
     WHERE a.author_id = @authorId AND ${PUBLIC_SQL}
     ORDER BY a.published_at DESC LIMIT ${PAGE_SIZE} OFFSET @offset`,
    { authorId: author.id, now, offset: (page - 1) * PAGE_SIZE },
  );
  return { author, list: { items, page, total, pageCount: pageCount(total) } };
}

export function getAuthorPage(authorSlug: string, page: number) {
  return cached(
    ["author-page", authorSlug, page],
    [cacheTags.author(authorSlug)],
    () => findAuthorPage(authorSlug, page),
    3600,
  );
}

export interface TopicInfo {
  id: number;
  slug: string;
  name: string;
}

export function findTopicPage(
  topicSlug: string,
  page: number,
  now = Date.now(),
): { topic: TopicInfo; list: Paged<ArticleTeaser> } | null {
  const topic = getDb()
    .$client.prepare("SELECT id, slug, name FROM tags WHERE slug = ?")
    .get(topicSlug) as TopicInfo | undefined;
  if (!topic) return null;
  const { total } = getDb()
    .$client.prepare(
      `SELECT COUNT(*) AS total FROM article_tags t JOIN articles a ON a.id = t.article_id
       WHERE t.tag_id = @tagId AND ${PUBLIC_SQL}`,
    )
    .get({ tagId: topic.id, now }) as { total: number };
  const items = all(
    `SELECT ${TEASER_COLUMNS} FROM article_tags t
     JOIN articles a ON a.id = t.article_id
     JOIN sections s ON s.id = a.section_id
     LEFT JOIN authors au ON au.id = a.author_id
     WHERE t.tag_id = @tagId AND ${PUBLIC_SQL}
     ORDER BY a.published_at DESC LIMIT ${PAGE_SIZE} OFFSET @offset`,
    { tagId: topic.id, now, offset: (page - 1) * PAGE_SIZE },
  );
  return { topic, list: { items, page, total, pageCount: pageCount(total) } };
}

export function getTopicPage(topicSlug: string, page: number) {
  return cached(
    ["topic-page", topicSlug, page],
    [cacheTags.topic(topicSlug)],
    () => findTopicPage(topicSlug, page),
    3600,
  );
}

// ---- Article ----------------------------------------------------------------------------

export type ArticleLookup =
  | { kind: "found"; article: ArticleView }
  | { kind: "moved"; sectionSlug: string; slug: string }
  | { kind: "missing" };

function findArticleView(where: string, params: Record<string, unknown>): ArticleView | null {
  const row = getDb()
    .$client.prepare(
      `SELECT ${TEASER_COLUMNS}, a.body, a.image_caption AS imageCaption,
         a.image_credit AS imageCredit, a.updated_at AS updatedAt, au.role AS authorRole,
         a.comments_closed AS commentsClosed, a.section_id AS sectionId
       ${TEASER_FROM} WHERE ${where} AND ${PUBLIC_SQL}`,
    )
    .get(params) as
    | (Row & { commentsClosed: number } & Omit<
          ArticleView,
          keyof ArticleTeaser | "commentsClosed" | "tags"
        >)
    | undefined;
  if (!row) return null;
  const tags = getDb()
    .$client.prepare(
      `SELECT g.slug, g.name FROM article_tags t JOIN tags g ON g.id = t.tag_id
       WHERE t.article_id = ? ORDER BY g.name`,
    )
    .all(row.id) as { slug: string; name: string }[];
  return {
    ...toTeaser(row),
    ...row,
    isColumn: row.isColumn === 1,
    commentsClosed: row.commentsClosed === 1,
    tags,
  };
}

/**
 * Finds the article for a URL. Under the wrong Ressort or an earlier slug it answers where the
 * article lives now, so the page can redirect permanently.
 */
export function findArticle(sectionSlug: string, slug: string, now = Date.now()): ArticleLookup {
  const article = findArticleView("a.slug = @slug", { slug, now });
  if (article) {
    return article.sectionSlug === sectionSlug
      ? { kind: "found", article }
      : { kind: "moved", sectionSlug: article.sectionSlug, slug: article.slug };
  }
  const previous = getDb()
    .$client.prepare(
      `SELECT a.slug, s.slug AS sectionSlug FROM article_slug_history h
       JOIN articles a ON a.id = h.article_id JOIN sections s ON s.id = a.section_id
       WHERE h.slug = @slug AND ${PUBLIC_SQL}`,
    )
    .get({ slug, now }) as { slug: string; sectionSlug: string } | undefined;
  return previous ? { kind: "moved", ...previous } : { kind: "missing" };
}

/** Seconds until a scheduled article with this slug goes public, or null. */
function secondsUntilPublication(slug: string, now = Date.now()): number | null {
  const row = getDb()
    .$client.prepare("SELECT status, published_at AS publishedAt FROM articles WHERE slug = ?")
    .get(slug) as { status: string; publishedAt: number } | undefined;
  if (!row || row.status !== "scheduled" || row.publishedAt <= now) return null;
  return Math.max(1, Math.ceil((row.publishedAt - now) / 1000));
}

export function getArticle(sectionSlug: string, slug: string): Promise<ArticleLookup> {
  // A scheduled article's page is "not found" only until its time: that answer is cached
  // no longer than that, so the article appears on the minute.
  // The key changes at publication, so no stale "not yet" entry can be served after it.
  const wait = secondsUntilPublication(slug);
  return cached(
    ["article", sectionSlug, slug, wait === null ? "public" : "scheduled"],
    [cacheTags.articleSlug(slug)],
    () => findArticle(sectionSlug, slug),
    wait ?? false,
  );
}

// Per shared topic, only the newest candidates are considered: related stories should be
// current, and the cost of a cache miss must not grow with the archive.
const CANDIDATES_PER_TAG = 150;
const RELATED_REVALIDATE_SECONDS = 86_400;

export function findRelated(article: ArticleView, now = Date.now()): ArticleTeaser[] {
  const db = getDb().$client;
  const tagIds = (
    db.prepare("SELECT tag_id AS id FROM article_tags WHERE article_id = ?").all(article.id) as {
      id: number;
    }[]
  ).map((r) => r.id);
  const shared = new Map<number, number>();
  // Walks the articles newest first (covering index on published_at, status) and stops after
  // the limit; joining from the tag side instead would sort thousands of rows per tag.
  const perTag = db.prepare(
    `SELECT a.id FROM articles a INDEXED BY articles_published_idx
     WHERE ${PUBLIC_SQL} AND a.id != @id
       AND EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag_id = @tagId)
     ORDER BY a.published_at DESC LIMIT ${CANDIDATES_PER_TAG}`,
  );
  for (const tagId of tagIds) {
    for (const { id } of perTag.all({ tagId, id: article.id, now }) as { id: number }[]) {
      shared.set(id, (shared.get(id) ?? 0) + 1);
    }
  }
  const ids = [...shared.keys()];
  const candidates: (ArticleTeaser & RelatedCandidate)[] = ids.length
    ? all(
        `SELECT ${TEASER_COLUMNS}, a.section_id AS sectionId ${TEASER_FROM}
         WHERE a.id IN (SELECT value FROM json_each(@ids)) AND ${PUBLIC_SQL}`,
        { ids: JSON.stringify(ids), now },
      ).map((t) => ({
        ...t,
        sectionId: (t as ArticleTeaser & { sectionId: number }).sectionId,
        sharedTags: shared.get(t.id) ?? 0,
      }))
    : [];
  const fillers = all(
    `SELECT ${TEASER_COLUMNS}, a.section_id AS sectionId ${TEASER_FROM}
     WHERE ${PUBLIC_SQL} AND a.id != @id ORDER BY a.published_at DESC LIMIT ${RELATED_MAX + 2}`,
    { now, id: article.id },
  ).map((t) => ({
    ...t,
    sectionId: (t as ArticleTeaser & { sectionId: number }).sectionId,
    sharedTags: 0,
  }));
  return rankRelated(article, candidates, fillers);
}

export function getRelated(article: ArticleView): Promise<ArticleTeaser[]> {
  // Related stories follow new articles by time (a day), not by tag: one publish must not
  // expire thousands of article pages at once.
  return cached(
    ["related", article.id],
    [cacheTags.articleSlug(article.slug)],
    () => findRelated(article),
    RELATED_REVALIDATE_SECONDS,
  );
}
