import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { planSitemap, sitemapPagesSummary, type SitemapUrl } from "@/lib/seo/sitemaps";
import {
  findArticleMonths,
  findFeed,
  findNewsArticles,
  findSitemapArticles,
  findSitemapPages,
} from "./crawlers";

// The crawler reads against a real seeded database: only public articles, the 48-hour window
// and the 1,000 cap of the news sitemap, and a sitemap index whose children add up to the
// single sitemap (with a small limit instead of 50,000, so the database stays small).

const NOW = Date.UTC(2025, 5, 15, 10, 30, 0);
const HOUR = 3_600_000;
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-crawlers-test-"));
const previousPath = process.env.DATABASE_PATH;

let removed: { slug: string; sectionSlug: string };

function sql<T>(query: string, ...params: unknown[]): T[] {
  return getDb()
    .$client.prepare(query)
    .all(...params) as T[];
}

const PUBLIC = "a.status IN ('published','scheduled') AND a.published_at <= ?";

beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = path.join(tempDir, "kiosk.db");
  seedDatabase(getDb(), { articles: 600, now: NOW });
  // A published article that is then removed.
  removed = sql<{ slug: string; sectionSlug: string; id: number }>(
    `SELECT a.id, a.slug, s.slug AS sectionSlug FROM articles a JOIN sections s ON s.id = a.section_id
     WHERE ${PUBLIC} ORDER BY a.published_at DESC LIMIT 1 OFFSET 3`,
    NOW,
  )[0]!;
  getDb().$client.prepare("DELETE FROM articles WHERE slug = ?").run(removed.slug);
});

afterAll(() => {
  closeDb();
  if (previousPath === undefined) delete process.env.DATABASE_PATH;
  else process.env.DATABASE_PATH = previousPath;
  fs.rmSync(tempDir, { recursive: true, force: true });
});

function publicPaths(): string[] {
  return sql<{ p: string }>(
    `SELECT '/' || s.slug || '/' || a.slug AS p FROM articles a JOIN sections s ON s.id = a.section_id
     WHERE ${PUBLIC} ORDER BY a.published_at DESC, a.id DESC`,
    NOW,
  ).map((r) => r.p);
}

function hiddenPaths(): string[] {
  const rows = sql<{ p: string }>(
    `SELECT '/' || s.slug || '/' || a.slug AS p FROM articles a JOIN sections s ON s.id = a.section_id
     WHERE NOT (${PUBLIC})`,
    NOW,
  ).map((r) => r.p);
  return [...rows, `/${removed.sectionSlug}/${removed.slug}`];
}

describe("sitemap reads", () => {
  it("list every public article once, newest first, and nothing else", () => {
    const hidden = hiddenPaths();
    expect(sql(`SELECT 1 FROM articles WHERE status = 'draft'`).length).toBeGreaterThan(0);
    expect(
      sql(`SELECT 1 FROM articles WHERE status = 'scheduled' AND published_at > ?`, NOW).length,
    ).toBeGreaterThan(0);
    const articles = findSitemapArticles({}, NOW);
    expect(articles.map((u) => u.path)).toEqual(publicPaths());
    for (const p of hidden) expect(articles.map((u) => u.path)).not.toContain(p);
    const withImage = articles.find((u) => (u.images ?? []).length > 0)!;
    expect(withImage.images![0]).toMatch(/^\/bilder\/[a-z]+-\d+\.svg$/);
    expect(articles.every((u) => typeof u.lastmod === "number")).toBe(true);
  });

  it("list the front page, Ressorts, authors, topics with articles and info pages", () => {
    const pages = findSitemapPages(NOW).map((u) => u.path);
    expect(pages[0]).toBe("/");
    for (const s of sql<{ slug: string }>("SELECT slug FROM sections")) {
      expect(pages).toContain(`/${s.slug}`);
    }
    for (const a of sql<{ slug: string }>("SELECT slug FROM authors")) {
      expect(pages).toContain(`/autor/${a.slug}`);
    }
    const topics = sql<{ slug: string }>(
      `SELECT DISTINCT g.slug FROM tags g JOIN article_tags t ON t.tag_id = g.id
       JOIN articles a ON a.id = t.article_id WHERE ${PUBLIC}`,
      NOW,
    );
    expect(pages.filter((p) => p.startsWith("/thema/")).sort()).toEqual(
      topics.map((t) => `/thema/${t.slug}`).sort(),
    );
    expect(pages).toContain("/info/impressum");
    expect(new Set(pages).size).toBe(pages.length);
  });

  it("past the limit, the index's children together hold exactly the single sitemap", () => {
    const pages = findSitemapPages(NOW);
    const months = findArticleMonths(NOW);
    expect(months.length).toBeGreaterThanOrEqual(2);
    const single = [...pages, ...findSitemapArticles({}, NOW)].map((u) => u.path);

    expect(planSitemap(sitemapPagesSummary(pages), months).kind).toBe("single");
    const limit = 40;
    const plan = planSitemap(sitemapPagesSummary(pages), months, limit);
    expect(plan.kind).toBe("index");
    if (plan.kind !== "index") return;
    const fromChildren: string[] = [];
    for (const child of plan.children) {
      const offset = (child.part - 1) * limit;
      const urls: SitemapUrl[] =
        child.kind === "pages"
          ? pages.slice(offset, offset + limit)
          : findSitemapArticles({ month: child.month, offset, limit }, NOW);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(limit);
      fromChildren.push(...urls.map((u) => u.path));
    }
    expect(fromChildren.sort()).toEqual(single.sort());
  });
});

describe("news sitemap read", () => {
  it("holds the public articles of the last 48 hours, newest first", () => {
    const news = findNewsArticles(NOW);
    const expected = sql<{ slug: string }>(
      `SELECT a.slug FROM articles a WHERE ${PUBLIC} AND a.published_at > ?
       ORDER BY a.published_at DESC, a.id DESC`,
      NOW,
      NOW - 48 * HOUR,
    );
    expect(news.length).toBeGreaterThan(10);
    expect(news.map((n) => n.slug)).toEqual(expected.map((r) => r.slug));
    expect(news.map((n) => n.slug)).not.toContain(removed.slug);
  });

  it("stops at 1,000", () => {
    const db = getDb().$client;
    const insert = db.prepare(
      `INSERT INTO articles (slug, section_id, headline, teaser, body, status, published_at, updated_at)
       VALUES (?, 1, ?, 'Teaser', 'Text', 'published', ?, ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < 1_100; i++) {
        const t = NOW - 47 * HOUR + i * 60_000;
        insert.run(`flut-${i}`, `Flut ${i}`, t, t);
      }
    })();
    const news = findNewsArticles(NOW);
    expect(news).toHaveLength(1_000);
    expect(news[0]!.publishedAt).toBeGreaterThanOrEqual(news[999]!.publishedAt);
    expect(news.every((n) => n.publishedAt > NOW - 48 * HOUR && n.publishedAt <= NOW)).toBe(true);
    db.prepare("DELETE FROM articles WHERE slug LIKE 'flut-%'").run();
  });
});

describe("feed read", () => {
  it("has the newest 50 public articles with their topics", () => {
    const feed = findFeed(null, NOW)!;
    expect(feed.section).toBeNull();
    expect(feed.items.map((i) => `/${i.sectionSlug}/${i.slug}`)).toEqual(
      publicPaths().slice(0, 50),
    );
    expect(feed.items.every((i) => i.tags.length > 0)).toBe(true);
  });

  it("per Ressort, only that Ressort; an unknown Ressort has none", () => {
    const feed = findFeed("sport", NOW)!;
    expect(feed.section?.name).toBe("Sport");
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.every((i) => i.sectionSlug === "sport")).toBe(true);
    expect(findFeed("gibtsnicht", NOW)).toBeNull();
  });
});
