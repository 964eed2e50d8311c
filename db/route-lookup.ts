// Does the thing a URL names exist? The route gate (lib/route-gate.ts) asks before a request may
// reach Next's renderer, on every request for a cached page, so each answer is one or a few
// indexed point queries, prepared once per connection. (This module is imported by the HTTP
// server outside Next, so it cannot be `server-only`.)
//
// Listing and comment pages exist while there is an item at their offset. Comment pages count all
// approved comments (replies too), an upper bound for the threads the page shows; sitemap parts
// count every Ressort, author, topic and info page; listing counts may be a minute old. A page
// inside such a bound that the route then finds empty answers 404 from Next's cache: at most one
// entry per page the content allows.
import { and, count, eq, exists, gte, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { prepared } from "@/db/prepared";
import { isPublicAtNow } from "@/db/queries/visibility";
import {
  articles,
  articleSlugHistory,
  articleTags,
  type ArticleStatus,
  authors,
  comments,
  pages,
  sections,
  tags,
} from "@/db/schema";
import { COMMENTS_PER_PAGE } from "@/lib/comment-thread";
import { LISTING_PAGE_SIZE } from "@/lib/paging";
import type { RouteLookup } from "@/lib/route-gate";
import { monthRange, SITEMAP_URL_LIMIT } from "@/lib/seo/sitemaps";

export type LookupResult =
  | { kind: "found" }
  | { kind: "moved"; sectionSlug: string; slug: string }
  | { kind: "missing" }
  /** A withdrawn article (by its slug or an old one): its URLs answer 410. */
  | { kind: "gone"; sectionSlug: string };

const FOUND: LookupResult = { kind: "found" };
const MISSING: LookupResult = { kind: "missing" };

const p = {
  slug: sql.placeholder("slug"),
  id: sql.placeholder("id"),
  articleId: sql.placeholder("articleId"),
  offset: sql.placeholder("offset"),
  from: sql.placeholder("from"),
  to: sql.placeholder("to"),
};

// What the article lookups read: where the article lives and whether readers may see it (the
// visibility rule selected, not filtered on, so one point query also finds withdrawn ones).
const articleState = {
  slug: articles.slug,
  sectionSlug: sections.slug,
  isPublic: sql<boolean>`${isPublicAtNow()}`.mapWith(Boolean),
  status: articles.status,
  publishedAt: articles.publishedAt,
  firstPublishedAt: articles.firstPublishedAt,
};

interface ArticleState {
  isPublic: boolean;
  status: ArticleStatus;
  publishedAt: number;
  firstPublishedAt: number | null;
}

/**
 * Public, gone (withdrawn once its publication time had come; seeded articles have no
 * firstPublishedAt), or neither: an embargoed story withdrawn before its time stays unknown.
 */
function visibility(row: ArticleState, now: number): "public" | "gone" | "hidden" {
  if (row.isPublic) return "public";
  const gone = row.status === "withdrawn" && (row.firstPublishedAt ?? row.publishedAt) <= now;
  return gone ? "gone" : "hidden";
}

function prepare(db: Db) {
  const publicArticle = isPublicAtNow();
  return {
    section: db
      .select({ id: sections.id })
      .from(sections)
      .where(eq(sections.slug, p.slug))
      .prepare(),
    author: db.select({ id: authors.id }).from(authors).where(eq(authors.slug, p.slug)).prepare(),
    topic: db.select({ id: tags.id }).from(tags).where(eq(tags.slug, p.slug)).prepare(),
    info: db.select({ id: pages.id }).from(pages).where(eq(pages.slug, p.slug)).prepare(),
    // Public articles of a listing, counted at most once a minute (see listingPageExists).
    sectionCount: db
      .select({ n: count() })
      .from(articles)
      .where(and(eq(articles.sectionId, p.id), publicArticle))
      .prepare(),
    authorCount: db
      .select({ n: count() })
      .from(articles)
      .where(and(eq(articles.authorId, p.id), publicArticle))
      .prepare(),
    // From the topic's side: a join lets SQLite walk every public article by date instead.
    topicCount: db
      .select({ n: count() })
      .from(articleTags)
      .where(
        and(
          eq(articleTags.tagId, p.id),
          exists(
            db
              .select({ id: articles.id })
              .from(articles)
              .where(and(eq(articles.id, articleTags.articleId), publicArticle)),
          ),
        ),
      )
      .prepare(),
    // Any status: one point query on the slug tells public, withdrawn (410) and the rest apart.
    article: db
      .select({ ...articleState, id: articles.id })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(eq(articles.slug, p.slug))
      .prepare(),
    oldSlug: db
      .select(articleState)
      .from(articleSlugHistory)
      .innerJoin(articles, eq(articles.id, articleSlugHistory.articleId))
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(eq(articleSlugHistory.slug, p.slug))
      .prepare(),
    approvedCommentAt: db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.articleId, p.articleId), eq(comments.status, "approved")))
      .limit(1)
      .offset(p.offset)
      .prepare(),
    replyTarget: db
      .select({ id: comments.id })
      .from(comments)
      .where(
        and(
          eq(comments.id, p.id),
          eq(comments.articleId, p.articleId),
          eq(comments.status, "approved"),
        ),
      )
      .prepare(),
    monthArticleAt: db
      .select({ id: articles.id })
      .from(articles)
      .where(and(gte(articles.publishedAt, p.from), lt(articles.publishedAt, p.to), publicArticle))
      .limit(1)
      .offset(p.offset)
      .prepare(),
    allSections: db.select({ n: count() }).from(sections).prepare(),
    allAuthors: db.select({ n: count() }).from(authors).prepare(),
    allTopics: db.select({ n: count() }).from(tags).prepare(),
    allInfoPages: db.select({ n: count() }).from(pages).prepare(),
  };
}

type Statements = ReturnType<typeof prepare>;
type ListingKind = "section" | "author" | "topic";
interface Connection {
  s: Statements;
  /** Public articles per listing ("section:3") and when they were counted. */
  counts: Map<string, { n: number; at: number }>;
}

const connection = prepared((db): Connection => ({ s: prepare(db), counts: new Map() }));

/**
 * How long a listing's article count is trusted. Counting a large topic takes milliseconds, too
 * much for every request of a cached page; a new last page shows up within this time, and a page
 * that just fell off the end is rendered as 404 by the route (one cache entry).
 */
const COUNT_TTL_MS = 60_000;

function offsetOf(page: number, perPage: number): number {
  return (page - 1) * perPage;
}

function listing(
  c: Connection,
  kind: ListingKind,
  owner: { id: number } | undefined,
  page: number,
  now: number,
): LookupResult {
  if (!owner) return MISSING;
  if (page === 1) return FOUND;
  const key = `${kind}:${owner.id}`;
  let counted = c.counts.get(key);
  if (!counted || Math.abs(now - counted.at) > COUNT_TTL_MS) {
    const statement = { section: c.s.sectionCount, author: c.s.authorCount, topic: c.s.topicCount }[
      kind
    ];
    counted = { n: statement.get({ id: owner.id, now })?.n ?? 0, at: now };
    // Keys are ids of rows that exist, so the map stays as small as the site's listings.
    c.counts.set(key, counted);
  }
  return offsetOf(page, LISTING_PAGE_SIZE) < counted.n ? FOUND : MISSING;
}

/** An old slug: a redirect to where the article lives now, 410 once it is withdrawn. */
function previousSlug(s: Statements, slug: string, now: number): LookupResult {
  const previous = s.oldSlug.get({ slug, now });
  if (!previous) return MISSING;
  const state = visibility(previous, now);
  if (state === "gone") return { kind: "gone", sectionSlug: previous.sectionSlug };
  if (state === "hidden") return MISSING;
  return { kind: "moved", sectionSlug: previous.sectionSlug, slug: previous.slug };
}

function article(
  s: Statements,
  lookup: Extract<RouteLookup, { kind: "article" }>,
  now: number,
): LookupResult {
  const current = s.article.get({ slug: lookup.slug, now });
  const state = current ? visibility(current, now) : "hidden";
  if (!current || state === "hidden") return previousSlug(s, lookup.slug, now);
  // Every URL of a withdrawn article (comment pages, replies, share image) is gone alike.
  if (state === "gone") return { kind: "gone", sectionSlug: current.sectionSlug };
  if (current.sectionSlug !== lookup.section) {
    return { kind: "moved", sectionSlug: current.sectionSlug, slug: current.slug };
  }
  if (lookup.commentPage !== null && lookup.commentPage > 1) {
    const offset = offsetOf(lookup.commentPage, COMMENTS_PER_PAGE);
    return s.approvedCommentAt.get({ articleId: current.id, offset }) ? FOUND : MISSING;
  }
  if (lookup.replyTo !== null) {
    return s.replyTarget.get({ id: lookup.replyTo, articleId: current.id }) ? FOUND : MISSING;
  }
  return FOUND;
}

function sitemapPagesTotal(s: Statements): number {
  // The front page plus every page that can be listed (an upper bound: empty topics are left out).
  return (
    1 +
    (s.allSections.get()?.n ?? 0) +
    (s.allAuthors.get()?.n ?? 0) +
    (s.allTopics.get()?.n ?? 0) +
    (s.allInfoPages.get()?.n ?? 0)
  );
}

/** Answers a lookup of the route gate against the database. */
export function lookupRoute(lookup: RouteLookup, now = Date.now()): LookupResult {
  const c = connection();
  const { s } = c;
  switch (lookup.kind) {
    case "section":
      return listing(c, "section", s.section.get({ slug: lookup.section }), lookup.page, now);
    case "author":
      return listing(c, "author", s.author.get({ slug: lookup.slug }), lookup.page, now);
    case "topic":
      return listing(c, "topic", s.topic.get({ slug: lookup.slug }), lookup.page, now);
    case "info":
      return s.info.get({ slug: lookup.slug }) ? FOUND : MISSING;
    case "article":
      return article(s, lookup, now);
    case "sitemap": {
      const { file } = lookup;
      const offset = offsetOf(file.part, SITEMAP_URL_LIMIT);
      if (file.kind === "pages") return offset < sitemapPagesTotal(s) ? FOUND : MISSING;
      const { from, to } = monthRange(file.month);
      return s.monthArticleAt.get({ from, to, offset, now }) ? FOUND : MISSING;
    }
  }
}
