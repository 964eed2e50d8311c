import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// Every read on a public page's render path must use an index, so a cache miss costs the same
// at 50,000 articles as at 500. The test runs the real query functions, records each SQL
// statement they prepare, and checks SQLite's plan for full scans of the big tables.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-plans-"));
process.env.DATABASE_PATH = path.join(dir, "kiosk.db");

// Each statement with the arguments it actually ran with.
const recorded = new Map<string, unknown[]>();
let explain: (sql: string, args: unknown[]) => string[];

beforeAll(async () => {
  const { getDb } = await import("@/db/client");
  const { seedDatabase } = await import("@/db/seed");
  const db = getDb();
  seedDatabase(db, { articles: 400, now: Date.now() });
  // No ANALYZE: a live database has no statistics, so the plans here are the ones it gets.
  const prepare = db.$client.prepare.bind(db.$client);
  db.$client.prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ["get", "all", "run", "iterate"] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        recorded.set(sql, args);
        return original(...args);
      };
    }
    return statement;
  }) as typeof db.$client.prepare;
  explain = (sql, args) =>
    (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map(
      (r) => r.detail,
    );
});

// A full scan of these is the thing to avoid; small tables (sections, tags) may be scanned.
const BIG = /^SCAN (a|articles|c|comments|t|article_tags|h|article_slug_history)\b(?! USING)/;

// The admin's article-list indexes (newest change first) are for the admin: a reader's list
// that takes one walks the wrong order and sorts the archive (a (status, …) one once made every
// article cache miss six times slower).
const ADMIN_INDEX = /USING (COVERING )?INDEX articles_\w*change_idx/;

async function plansOf(run: () => unknown): Promise<string[]> {
  recorded.clear();
  await run();
  const bad: string[] = [];
  expect(recorded.size).toBeGreaterThan(0);
  for (const [sql, args] of recorded) {
    if (sql.startsWith("EXPLAIN") || /^\s*(INSERT|UPDATE|DELETE)/i.test(sql)) continue;
    const plan = explain(sql, args);
    for (const step of plan)
      if (BIG.test(step) || ADMIN_INDEX.test(step))
        bad.push(`${step}\n  in: ${sql.replace(/\s+/g, " ").slice(0, 160)}`);
  }
  return bad;
}

describe("query plans on the render path", () => {
  it("front page, listings, author and topic pages use indexes", async () => {
    const q = await import("./articles");
    const db = (await import("@/db/client")).getDb().$client;
    const author = (db.prepare("SELECT slug FROM authors LIMIT 1").get() as { slug: string }).slug;
    const topic = (db.prepare("SELECT slug FROM tags LIMIT 1").get() as { slug: string }).slug;
    expect(
      await plansOf(() => {
        q.findFrontPage();
        q.findSectionPage("politik", 1);
        q.findSectionPage("politik", 3);
        q.findAuthorPage(author, 1);
        q.findTopicPage(topic, 1);
      }),
    ).toEqual([]);
  });

  it("article, old slug, related stories and comments use indexes", async () => {
    const q = await import("./articles");
    const comments = await import("./comments");
    const db = (await import("@/db/client")).getDb().$client;
    const row = db
      .prepare(
        "SELECT a.slug, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.status = 'published' LIMIT 1",
      )
      .get() as { slug: string; section: string };
    const old = db.prepare("SELECT slug FROM article_slug_history LIMIT 1").get() as
      { slug: string } | undefined;
    expect(
      await plansOf(() => {
        const found = q.findArticle(row.section, row.slug);
        if (found.kind === "found") {
          q.findRelated(found.article);
          q.findTeasers([found.article.id]);
          comments.findApprovedComments(found.article.id);
        }
        if (old) q.findArticle(row.section, old.slug);
      }),
    ).toEqual([]);
  });

  it("sitemaps, the news sitemap and feeds use indexes", async () => {
    const q = await import("./crawlers");
    expect(
      await plansOf(() => {
        q.findSitemapPages();
        q.findSitemapArticles({ limit: 100 });
        q.findNewsArticles();
        q.findFeed(null);
        q.findFeed("politik");
      }),
    ).toEqual([]);
    // The sitemap index counts every public article per month: a whole-table aggregate by
    // design (one read per 10 minutes, cached), so the one query allowed to scan (without
    // statistics SQLite walks an index for it instead).
    const months = await plansOf(() => q.findArticleMonths());
    expect(months.length).toBeLessThanOrEqual(1);
    for (const step of months) expect(step).toMatch(/^SCAN articles\n/);
  });

  it("search uses the full-text index", async () => {
    // The search thread runs the engine on its own connection; here it runs on the recorded one.
    const { runSearch } = await import("@/db/search/engine");
    const { findSearchTeasers } = await import("./search");
    const { buildSearchQuery } = await import("@/lib/search");
    const db = (await import("@/db/client")).getDb();
    const query = buildSearchQuery("Wiener Regierung");
    if (query.kind !== "ok") throw new Error(query.kind);
    expect(
      await plansOf(() => {
        const result = runSearch(db, query.terms, 1);
        if (result.kind === "results") findSearchTeasers(result.hits.map((h) => h.id));
      }),
    ).toEqual([]);
  });
});
