import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { cacheTags } from "@/lib/cache-tags";
import { COMMENTS_PER_PAGE } from "@/lib/comment-thread";
import { LISTING_PAGE_SIZE } from "@/lib/paging";
import { planSitemap, sitemapPagesSummary } from "@/lib/seo/sitemaps";
import { articleCacheFacts, tagsToExpire, type ArticleCacheFacts } from "./article-cache";
import { findArticle, findRelated, findSections } from "./articles";
import { findArticleMonths, findSitemapPages } from "./crawlers";

const NOW = Date.UTC(2025, 5, 15, 10, 30, 0);

const published: ArticleCacheFacts = {
  id: 7,
  slug: "wahl-in-wien",
  sectionSlug: "politik",
  authorSlug: "anna-berger",
  topicSlugs: ["wahlen", "wien"],
  isPublic: true,
  scheduledFor: null,
};
const draft: ArticleCacheFacts = { ...published, isPublic: false };

describe("tagsToExpire", () => {
  const everywhere = (f: ArticleCacheFacts) => [
    cacheTags.articleSlug(f.slug),
    cacheTags.teaser(f.id),
    cacheTags.section(f.sectionSlug),
    cacheTags.author(f.authorSlug!),
    ...f.topicSlugs.map(cacheTags.topic),
    cacheTags.frontPage,
    cacheTags.articles,
    cacheTags.feeds,
    cacheTags.sitemaps,
  ];

  it("expires every page that shows a published article, other articles' related blocks too", () => {
    expect(tagsToExpire(draft, published).sort()).toEqual(everywhere(published).sort());
    // A changed headline: the same pages.
    expect(tagsToExpire(published, published).sort()).toEqual(everywhere(published).sort());
  });

  it("expires where a withdrawn article was shown", () => {
    expect(tagsToExpire(published, { ...published, isPublic: false }).sort()).toEqual(
      everywhere(published).sort(),
    );
  });

  it("expires both sides of a move to another Ressort, slug, author and topics", () => {
    const moved: ArticleCacheFacts = {
      ...published,
      slug: "wahl-in-graz",
      sectionSlug: "oesterreich",
      authorSlug: "ben-huber",
      topicSlugs: ["graz"],
    };
    expect(tagsToExpire(published, moved).sort()).toEqual(
      [...new Set([...everywhere(published), ...everywhere(moved)])].sort(),
    );
  });

  it("expires only its own page for an article nobody sees", () => {
    expect(tagsToExpire(draft, draft)).toEqual([cacheTags.articleSlug(draft.slug)]);
    expect(tagsToExpire(null, draft)).toEqual([cacheTags.articleSlug(draft.slug)]);
  });

  it("expires the lists, not the related blocks, for an article scheduled ahead", () => {
    const scheduled = { ...draft, scheduledFor: NOW + 3_600_000 };
    const tags = tagsToExpire(draft, scheduled);
    expect(tags).toContain(cacheTags.section(draft.sectionSlug));
    expect(tags).toContain(cacheTags.frontPage);
    expect(tags).not.toContain(cacheTags.teaser(draft.id));
  });
});

// Against a seeded database: the facts a write reads, and how many cached pages one publication
// expires (the issue asks for the number).
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-article-cache-test-"));
const previousPath = process.env.DATABASE_PATH;
const SEEDED = 1_000;
const PUBLIC = "a.status IN ('published','scheduled') AND a.published_at <= ?";

function rows<T>(query: string, ...params: unknown[]): T[] {
  return getDb()
    .$client.prepare(query)
    .all(...params) as T[];
}

function count(query: string, ...params: unknown[]): number {
  return rows<{ n: number }>(query, ...params)[0]?.n ?? 0;
}

beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = path.join(tempDir, "kiosk.db");
  seedDatabase(getDb(), { articles: SEEDED, now: NOW });
});

afterAll(() => {
  closeDb();
  if (previousPath === undefined) delete process.env.DATABASE_PATH;
  else process.env.DATABASE_PATH = previousPath;
  fs.rmSync(tempDir, { recursive: true, force: true });
});

/** Cached pages that render an article with its related stories: the page, comment pages, replies. */
function articlePages(articleId: number, url: string): string[] {
  const approved = count(
    "SELECT COUNT(*) AS n FROM comments WHERE article_id = ? AND status = 'approved'",
    articleId,
  );
  const commentPages = Math.max(1, Math.ceil(approved / COMMENTS_PER_PAGE));
  return [
    url,
    ...Array.from({ length: commentPages - 1 }, (_, i) => `${url}?kommentare=${i + 2}`),
    // At most one reply form per approved comment (an upper bound: only those asked for exist).
    ...Array.from({ length: approved }, (_, i) => `${url}?antworten=${i}`),
  ];
}

function listingPages(base: string, total: number): string[] {
  const n = Math.max(1, Math.ceil(total / LISTING_PAGE_SIZE));
  return Array.from({ length: n }, (_, i) => (i === 0 ? base : `${base}/seite/${i + 1}`));
}

/**
 * Every cached page that carries one of `tags`, by what each route reads (db/queries): an upper
 * bound, as if every page of the site had been asked for since the last expiry.
 */
function pagesCarrying(tags: readonly string[], relatedOf: Map<number, number[]>): Set<string> {
  const pages = new Set<string>();
  const add = (list: string[]) => list.forEach((p) => pages.add(p));
  const sections = findSections();
  const sitemapPlan = planSitemap(
    sitemapPagesSummary(findSitemapPages(NOW)),
    findArticleMonths(NOW),
  );
  const sitemapFiles = [
    "/sitemap.xml",
    "/news-sitemap.xml",
    ...(sitemapPlan.kind === "index" ? sitemapPlan.children.map((c) => JSON.stringify(c)) : []),
  ];
  const feeds = ["/feed.xml", ...sections.map((s) => `/${s.slug}/feed.xml`)];
  for (const tag of tags) {
    const [kind, value = ""] = tag.split(/:(.*)/s);
    if (tag === cacheTags.frontPage) add(["/"]);
    else if (tag === cacheTags.articles) add(["/", ...feeds, ...sitemapFiles]);
    else if (tag === cacheTags.feeds) add(feeds);
    else if (tag === cacheTags.sitemaps) add(sitemapFiles);
    else if (kind === "article") {
      const [a] = rows<{ id: number; section: string }>(
        "SELECT a.id, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.slug = ?",
        value,
      );
      // Its pages and its share image.
      if (a) add([...articlePages(a.id, `/${a.section}/${value}`), `/${a.section}/${value}/og`]);
    } else if (kind === "teaser") {
      // Every page of an article whose related stories show this one.
      for (const [id, related] of relatedOf) {
        if (!related.includes(Number(value))) continue;
        const [a] = rows<{ slug: string; section: string }>(
          "SELECT a.slug, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.id = ?",
          id,
        );
        add(articlePages(id, `/${a!.section}/${a!.slug}`));
      }
    } else if (kind === "section") {
      const n = count(
        `SELECT COUNT(*) AS n FROM articles a JOIN sections s ON s.id = a.section_id WHERE s.slug = ? AND ${PUBLIC}`,
        value,
        NOW,
      );
      add([...listingPages(`/${value}`, n), `/${value}/feed.xml`]);
    } else if (kind === "author") {
      const n = count(
        `SELECT COUNT(*) AS n FROM articles a JOIN authors au ON au.id = a.author_id WHERE au.slug = ? AND ${PUBLIC}`,
        value,
        NOW,
      );
      add(listingPages(`/autor/${value}`, n));
    } else if (kind === "topic") {
      const n = count(
        `SELECT COUNT(*) AS n FROM article_tags t JOIN tags g ON g.id = t.tag_id
         JOIN articles a ON a.id = t.article_id WHERE g.slug = ? AND ${PUBLIC}`,
        value,
        NOW,
      );
      add(listingPages(`/thema/${value}`, n));
    } else {
      throw new Error(`no page model for the tag ${tag}`);
    }
  }
  return pages;
}

describe("articleCacheFacts and the pages one publication expires", () => {
  it("reads where an article is shown, and whether it is public", () => {
    const [a] = rows<{ id: number; slug: string; section: string; author: string | null }>(
      `SELECT a.id, a.slug, s.slug AS section, au.slug AS author FROM articles a
       JOIN sections s ON s.id = a.section_id LEFT JOIN authors au ON au.id = a.author_id
       WHERE ${PUBLIC} ORDER BY a.published_at DESC LIMIT 1`,
      NOW,
    );
    const topics = rows<{ slug: string }>(
      "SELECT g.slug FROM article_tags t JOIN tags g ON g.id = t.tag_id WHERE t.article_id = ?",
      a!.id,
    ).map((r) => r.slug);
    expect(articleCacheFacts(getDb(), a!.id, NOW)).toEqual({
      id: a!.id,
      slug: a!.slug,
      sectionSlug: a!.section,
      authorSlug: a!.author,
      topicSlugs: topics,
      isPublic: true,
      scheduledFor: null,
    });
    const setStatus = getDb().$client.prepare("UPDATE articles SET status = ? WHERE id = ?");
    setStatus.run("withdrawn", a!.id);
    try {
      expect(articleCacheFacts(getDb(), a!.id, NOW)?.isPublic).toBe(false);
    } finally {
      setStatus.run("published", a!.id);
    }
    expect(articleCacheFacts(getDb(), 1_234_567_891, NOW)).toBeNull();
  });

  it("counts the cached pages a typical publication expires", () => {
    // Which articles list which in their related stories (what the teaser tags attach to).
    const relatedOf = new Map<number, number[]>();
    for (const a of rows<{ slug: string; section: string }>(
      `SELECT a.slug, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE ${PUBLIC}`,
      NOW,
    )) {
      const found = findArticle(a.section, a.slug, NOW);
      if (found.kind !== "found") continue;
      relatedOf.set(
        found.article.id,
        findRelated(found.article, NOW).map((r) => r.id),
      );
    }
    // A typical article: the median of the newest 50 (a publication is a new story) by how
    // many related blocks list it.
    const newest = rows<{ id: number }>(
      `SELECT a.id FROM articles a WHERE ${PUBLIC} ORDER BY a.published_at DESC LIMIT 50`,
      NOW,
    ).map((r) => r.id);
    const listedBy = (id: number) => [...relatedOf.values()].filter((r) => r.includes(id)).length;
    const typical = [...newest].sort((x, y) => listedBy(x) - listedBy(y))[newest.length >> 1]!;
    const facts = articleCacheFacts(getDb(), typical, NOW)!;
    const tags = tagsToExpire({ ...facts, isPublic: false }, facts);
    const breakdown = Object.fromEntries(
      tags.map((tag) => [tag, pagesCarrying([tag], relatedOf).size]),
    );
    const total = pagesCarrying(tags, relatedOf).size;
    console.info(
      `One publication at ${SEEDED} seeded articles expires ${tags.length} tags, ` +
        `${total} cached pages at most (related blocks listing it: ${listedBy(typical)}):`,
      breakdown,
    );
    // Its own pages, the listings it is on and the crawler files, not the site.
    expect(breakdown[cacheTags.teaser(facts.id)]).toBeGreaterThan(0);
    expect(total).toBeLessThan(relatedOf.size / 2);
  });
});
