import "server-only";
import { and, count, desc, eq, exists, gt, inArray, isNotNull, ne, sql } from "drizzle-orm";
import type { SelectedFields } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { prepared } from "@/db/prepared";
import { articles, articleSlugHistory, articleTags, authors, sections, tags } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { LISTING_PAGE_SIZE } from "@/lib/paging";
import { rankRelated, RELATED_MAX, type RelatedCandidate } from "@/lib/related";
import { cached } from "./cache";
import { isPublicAtNow } from "./visibility";

const PAGE_SIZE = LISTING_PAGE_SIZE;

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
  /** The newsroom's optional overrides for <title> and the meta description ("" = none). */
  seoTitle: string;
  seoDescription: string;
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

// The columns of an ArticleTeaser, from articles joined with their section and author.
const teaserColumns = {
  id: articles.id,
  slug: articles.slug,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  kicker: articles.kicker,
  headline: articles.headline,
  teaser: articles.teaser,
  imageKey: articles.imageKey,
  imageAlt: articles.imageAlt,
  publishedAt: articles.publishedAt,
  authorName: authors.name,
  authorSlug: authors.slug,
  isColumn: sql<boolean>`(${sections.slug} = 'kolumne')`.mapWith(Boolean),
  commentCount: articles.commentCount,
};

/** Public articles with their section and (optional) author: the FROM of every teaser list. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "no extra columns"
export function selectTeasers<T extends SelectedFields = {}>(db: Db, extra: T = {} as T) {
  return db
    .select({ ...teaserColumns, ...extra })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(authors, eq(authors.id, articles.authorId));
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

const frontPageQueries = prepared((db) => ({
  lead: selectTeasers(db)
    .where(and(isPublicAtNow(), isNotNull(articles.imageKey), ne(sections.slug, "kolumne")))
    .orderBy(desc(articles.publishedAt))
    .limit(1)
    .prepare(),
  sections: db
    .select({ id: sections.id, slug: sections.slug, name: sections.name })
    .from(sections)
    .orderBy(sections.position)
    .prepare(),
  perSection: selectTeasers(db)
    .where(
      and(
        eq(articles.sectionId, sql.placeholder("sectionId")),
        isPublicAtNow(),
        ne(articles.id, sql.placeholder("leadId")),
      ),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(PER_SECTION)
    .prepare(),
  mostCommented: selectTeasers(db)
    .where(
      and(
        gt(articles.publishedAt, sql.placeholder("since")),
        isPublicAtNow(),
        gt(articles.commentCount, 0),
      ),
    )
    .orderBy(desc(articles.commentCount), desc(articles.publishedAt))
    .limit(5)
    .prepare(),
}));

export function findFrontPage(now = Date.now()): FrontPage {
  const q = frontPageQueries();
  const lead: ArticleTeaser | null = q.lead.get({ now }) ?? null;
  const sections = q.sections.all().map((s) => ({
    slug: s.slug,
    name: s.name,
    articles: q.perSection.all({ now, sectionId: s.id, leadId: lead?.id ?? 0 }) as ArticleTeaser[],
  }));
  const since = now - MOST_COMMENTED_DAYS * 24 * 3600 * 1000;
  const mostCommented: ArticleTeaser[] = q.mostCommented.all({ now, since });
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

const sectionList = prepared((db) =>
  db
    .select({
      id: sections.id,
      slug: sections.slug,
      name: sections.name,
      description: sections.description,
    })
    .from(sections)
    .orderBy(sections.position)
    .prepare(),
);

export function findSections(): SectionInfo[] {
  return sectionList().all();
}

export function getSections(): Promise<SectionInfo[]> {
  return cached(["sections"], [cacheTags.navigation], () => findSections());
}

/** What a listing shows: a Ressort's, an author's or a topic's public articles. */
type ListingOf = "section" | "author" | "topic";

// One listing loader for the three kinds of listing page: the same teaser columns, newest
// first, 20 a page, with the total for the pagination. Each kind walks its own index
// (section_id or author_id with published_at; article_tags by tag).
const listingQueries = prepared((db) => {
  const id = sql.placeholder("id");
  const offset = sql.placeholder("offset");
  const bySection = and(eq(articles.sectionId, id), isPublicAtNow());
  const byAuthor = and(eq(articles.authorId, id), isPublicAtNow());
  const byTopic = and(eq(articleTags.tagId, id), isPublicAtNow());
  const newest = desc(articles.publishedAt);
  return {
    section: {
      total: db.select({ total: count() }).from(articles).where(bySection).prepare(),
      items: selectTeasers(db)
        .where(bySection)
        .orderBy(newest)
        .limit(PAGE_SIZE)
        .offset(offset)
        .prepare(),
    },
    author: {
      total: db.select({ total: count() }).from(articles).where(byAuthor).prepare(),
      items: selectTeasers(db)
        .where(byAuthor)
        .orderBy(newest)
        .limit(PAGE_SIZE)
        .offset(offset)
        .prepare(),
    },
    topic: {
      total: db
        .select({ total: count() })
        .from(articleTags)
        .innerJoin(articles, eq(articles.id, articleTags.articleId))
        .where(byTopic)
        .prepare(),
      items: db
        .select(teaserColumns)
        .from(articleTags)
        .innerJoin(articles, eq(articles.id, articleTags.articleId))
        .innerJoin(sections, eq(sections.id, articles.sectionId))
        .leftJoin(authors, eq(authors.id, articles.authorId))
        .where(byTopic)
        .orderBy(newest)
        .limit(PAGE_SIZE)
        .offset(offset)
        .prepare(),
    },
  };
});

function findListing(of: ListingOf, id: number, page: number, now: number): Paged<ArticleTeaser> {
  const q = listingQueries()[of];
  const total = q.total.get({ id, now })?.total ?? 0;
  const items: ArticleTeaser[] = q.items.all({ id, now, offset: (page - 1) * PAGE_SIZE });
  return { items, page, total, pageCount: pageCount(total) };
}

export function findSectionPage(
  sectionSlug: string,
  page: number,
  now = Date.now(),
): { section: SectionInfo; list: Paged<ArticleTeaser> } | null {
  const section = findSections().find((s) => s.slug === sectionSlug);
  if (!section) return null;
  return { section, list: findListing("section", section.id, page, now) };
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

const authorBySlug = prepared((db) =>
  db
    .select({
      id: authors.id,
      slug: authors.slug,
      name: authors.name,
      role: authors.role,
      bio: authors.bio,
      isColumnist: authors.isColumnist,
    })
    .from(authors)
    .where(eq(authors.slug, sql.placeholder("slug")))
    .prepare(),
);

export function findAuthorPage(
  authorSlug: string,
  page: number,
  now = Date.now(),
): { author: AuthorInfo; list: Paged<ArticleTeaser> } | null {
  const author: AuthorInfo | undefined = authorBySlug().get({ slug: authorSlug });
  if (!author) return null;
  return { author, list: findListing("author", author.id, page, now) };
}

export function getAuthorPage(authorSlug: string, page: number) {
  return cached(
    ["author-page", authorSlug, page],
    [cacheTags.author(authorSlug)],
    () => findAuthorPage(authorSlug, page),
    3600,
  );
}

interface TopicInfo {
  id: number;
  slug: string;
  name: string;
}

const topicBySlug = prepared((db) =>
  db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(eq(tags.slug, sql.placeholder("slug")))
    .prepare(),
);

export function findTopicPage(
  topicSlug: string,
  page: number,
  now = Date.now(),
): { topic: TopicInfo; list: Paged<ArticleTeaser> } | null {
  const topic: TopicInfo | undefined = topicBySlug().get({ slug: topicSlug });
  if (!topic) return null;
  return { topic, list: findListing("topic", topic.id, page, now) };
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

type ArticleLookup =
  | { kind: "found"; article: ArticleView }
  | { kind: "moved"; sectionSlug: string; slug: string }
  | { kind: "missing" };

/** The columns an article page reads beyond its teaser's (the staff preview reads them too). */
export const articleViewColumns = {
  body: articles.body,
  imageCaption: articles.imageCaption,
  imageCredit: articles.imageCredit,
  updatedAt: articles.updatedAt,
  authorRole: authors.role,
  commentsClosed: articles.commentsClosed,
  sectionId: articles.sectionId,
  seoTitle: articles.seoTitle,
  seoDescription: articles.seoDescription,
};

const articleQueries = prepared((db) => ({
  bySlug: selectTeasers(db, articleViewColumns)
    .where(and(eq(articles.slug, sql.placeholder("slug")), isPublicAtNow()))
    .prepare(),
  tags: db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, sql.placeholder("id")))
    .orderBy(tags.name)
    .prepare(),
  previousSlug: db
    .select({ slug: articles.slug, sectionSlug: sections.slug })
    .from(articleSlugHistory)
    .innerJoin(articles, eq(articles.id, articleSlugHistory.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(articleSlugHistory.slug, sql.placeholder("slug")), isPublicAtNow()))
    .prepare(),
  schedule: db
    .select({ status: articles.status, publishedAt: articles.publishedAt })
    .from(articles)
    .where(eq(articles.slug, sql.placeholder("slug")))
    .prepare(),
}));

/**
 * Finds the article for a URL. Under the wrong Ressort or an earlier slug it answers where the
 * article lives now, so the page can redirect permanently.
 */
export function findArticle(sectionSlug: string, slug: string, now = Date.now()): ArticleLookup {
  const q = articleQueries();
  const row = q.bySlug.get({ slug, now });
  if (row) {
    const article: ArticleView = { ...row, tags: q.tags.all({ id: row.id }) };
    return article.sectionSlug === sectionSlug
      ? { kind: "found", article }
      : { kind: "moved", sectionSlug: article.sectionSlug, slug: article.slug };
  }
  const previous = q.previousSlug.get({ slug, now });
  return previous ? { kind: "moved", ...previous } : { kind: "missing" };
}

/** Seconds until a scheduled article with this slug goes public, or null. */
function secondsUntilPublication(slug: string, now = Date.now()): number | null {
  const row = articleQueries().schedule.get({ slug });
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
/** Related ids kept beyond those shown, to fill in for a teaser withdrawn within the day. */
const RELATED_SPARES = 4;

const relatedQueries = prepared((db) => ({
  tagIds: db
    .select({ id: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, sql.placeholder("id")))
    .prepare(),
  // Walks the articles newest first (covering index on published_at, status) and stops after
  // the limit; joining from the tag side instead would sort thousands of rows per tag. The
  // builder has no INDEXED BY, hence the FROM as SQL.
  perTag: db
    .select({ id: sql<number>`${articles.id}` })
    .from(sql`${articles} INDEXED BY articles_published_idx`)
    .where(
      and(
        isPublicAtNow(),
        ne(articles.id, sql.placeholder("id")),
        exists(
          db
            .select({ one: sql`1` })
            .from(articleTags)
            .where(
              and(
                eq(articleTags.articleId, articles.id),
                eq(articleTags.tagId, sql.placeholder("tagId")),
              ),
            ),
        ),
      ),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(CANDIDATES_PER_TAG)
    .prepare(),
  candidates: selectTeasers(db, { sectionId: articles.sectionId })
    .where(
      and(
        inArray(articles.id, sql`(SELECT value FROM json_each(${sql.placeholder("ids")}))`),
        isPublicAtNow(),
      ),
    )
    .prepare(),
  fillers: selectTeasers(db, { sectionId: articles.sectionId })
    .where(and(isPublicAtNow(), ne(articles.id, sql.placeholder("id"))))
    .orderBy(desc(articles.publishedAt))
    .limit(RELATED_MAX + 2)
    .prepare(),
}));

export function findRelated(
  article: ArticleView,
  now = Date.now(),
  max = RELATED_MAX,
): ArticleTeaser[] {
  const q = relatedQueries();
  const shared = new Map<number, number>();
  for (const { id: tagId } of q.tagIds.all({ id: article.id })) {
    for (const { id } of q.perTag.all({ tagId, id: article.id, now })) {
      shared.set(id, (shared.get(id) ?? 0) + 1);
    }
  }
  const ids = [...shared.keys()];
  const candidates: (ArticleTeaser & RelatedCandidate)[] = ids.length
    ? q.candidates
        .all({ ids: JSON.stringify(ids), now })
        .map((t) => ({ ...t, sharedTags: shared.get(t.id) ?? 0 }))
    : [];
  const fillers = q.fillers.all({ now, id: article.id }).map((t) => ({ ...t, sharedTags: 0 }));
  return rankRelated(article, candidates, fillers, max);
}

const teasersByIds = prepared((db) =>
  selectTeasers(db)
    .where(
      and(
        inArray(articles.id, sql`(SELECT value FROM json_each(${sql.placeholder("ids")}))`),
        isPublicAtNow(),
      ),
    )
    .prepare(),
);

/** The public ones of these articles as teasers, in the order of `ids` (withdrawn ones left out). */
export function findTeasers(ids: readonly number[], now = Date.now()): ArticleTeaser[] {
  if (ids.length === 0) return [];
  const byId = new Map(
    teasersByIds()
      .all({ ids: JSON.stringify(ids), now })
      .map((t) => [t.id, t]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The related stories of an article, in two cached steps. Which articles are related follows new
 * articles by time (a day), not by tag: one publish must not expire thousands of article pages
 * at once. Their teasers are then read in one entry tagged with each listed article's own tag
 * (the ids are known before that read), which attaches to the page: a changed or withdrawn
 * article leaves the related blocks that list it at once. One entry, not one per teaser: every
 * cache entry is a file write on the first render, which the article's cache miss pays for.
 */
export async function getRelated(article: ArticleView): Promise<ArticleTeaser[]> {
  const ids = await cached(
    ["related-ids", article.id],
    [cacheTags.articleSlug(article.slug)],
    () => findRelated(article, Date.now(), RELATED_MAX + RELATED_SPARES).map((t) => t.id),
    RELATED_REVALIDATE_SECONDS,
  );
  // The spares fill the place of a shown story that is gone; the clock keeps comment counts as
  // fresh as the list itself.
  const teasers = await cached(
    ["related-teasers", ...ids],
    ids.map((id) => cacheTags.teaser(id)),
    () => findTeasers(ids),
    RELATED_REVALIDATE_SECONDS,
  );
  return teasers.slice(0, RELATED_MAX);
}
