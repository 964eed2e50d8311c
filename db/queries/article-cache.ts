import "server-only";
import { eq } from "drizzle-orm";
import type { Writer } from "@/db/client";
import { articles, articleTags, authors, sections, tags } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";

// What one article write must expire in Next's caches, and nothing more: the pages that showed
// the article before the write and those that show it after (a move to another Ressort, a new
// author or topics, a changed slug touch both sides). Which page carries which tag:
//   articleSlug(slug)  the article's page, its comment and reply pages (and its related list)
//   teaser(id)         every other article page whose related stories show it
//   section / author / topic(slug)  those listings, every page of them, and the Ressort's feed
//   frontPage, articles             the front page; articles also the feeds and sitemaps
//   feeds, sitemaps                 the site's feed, sitemap index and parts, the news sitemap

/** The facts about an article that decide which cached pages show it. */
export interface ArticleCacheFacts {
  id: number;
  slug: string;
  sectionSlug: string;
  authorSlug: string | null;
  topicSlugs: string[];
  /** Public now (published, or scheduled and its time has come). */
  isPublic: boolean;
  /** Scheduled for a later time: the listings must show it at its minute. */
  scheduledFor: number | null;
}

/** Reads the facts inside the writer's transaction (before and after its change). */
export function articleCacheFacts(
  db: Writer,
  articleId: number,
  now = Date.now(),
): ArticleCacheFacts | null {
  const row = db
    .select({
      id: articles.id,
      slug: articles.slug,
      status: articles.status,
      publishedAt: articles.publishedAt,
      sectionSlug: sections.slug,
      authorSlug: authors.slug,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(authors, eq(authors.id, articles.authorId))
    .where(eq(articles.id, articleId))
    .get();
  if (!row) return null;
  const topicSlugs = db
    .select({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .all()
    .map((t) => t.slug);
  const live = row.status === "published" || row.status === "scheduled";
  return {
    id: row.id,
    slug: row.slug,
    sectionSlug: row.sectionSlug,
    authorSlug: row.authorSlug,
    topicSlugs,
    isPublic: live && row.publishedAt <= now,
    scheduledFor: row.status === "scheduled" && row.publishedAt > now ? row.publishedAt : null,
  };
}

/**
 * The cache tags one write expires. An article that was not public before and is not public
 * after (a draft saved, a scheduled one rescheduled) expires only its own page's entry.
 */
export function tagsToExpire(
  before: ArticleCacheFacts | null,
  after: ArticleCacheFacts | null,
): string[] {
  const expired = new Set<string>();
  for (const facts of [before, after]) {
    if (!facts) continue;
    expired.add(cacheTags.articleSlug(facts.slug));
    // Only public articles are ever someone's related story; for the rest nothing carries it.
    if (facts.isPublic) expired.add(cacheTags.teaser(facts.id));
  }
  const shown = [before, after].filter(
    (f): f is ArticleCacheFacts => f !== null && (f.isPublic || f.scheduledFor !== null),
  );
  for (const facts of shown) {
    expired.add(cacheTags.section(facts.sectionSlug));
    if (facts.authorSlug) expired.add(cacheTags.author(facts.authorSlug));
    for (const topic of facts.topicSlugs) expired.add(cacheTags.topic(topic));
    expired.add(cacheTags.frontPage);
    expired.add(cacheTags.articles);
    expired.add(cacheTags.feeds);
    expired.add(cacheTags.sitemaps);
  }
  return [...expired];
}
