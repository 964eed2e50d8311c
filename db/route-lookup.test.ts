import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb, type Db } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { COMMENTS_PER_PAGE } from "@/lib/comment-thread";
import { LISTING_PAGE_SIZE } from "@/lib/paging";
import type { RouteLookup } from "@/lib/route-gate";
import { lookupRoute } from "./route-lookup";

// The route gate's lookups against a real seeded database, and the plan SQLite uses for each:
// they run before every cached page is served, so none may scan a big table.

const NOW = Date.UTC(2025, 5, 15, 10, 30, 0);
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-route-lookup-"));
const previousPath = process.env.DATABASE_PATH;
const PUBLIC = "a.status IN ('published','scheduled') AND a.published_at <= ?";
const statements: string[] = [];
let db: Db;
let explain: (source: string) => string[];
let rawPrepare: Db["$client"]["prepare"];

function one<T>(query: string, ...params: unknown[]): T {
  const row = rawPrepare(query).get(...params) as T | undefined;
  if (row === undefined) throw new Error(`no row for ${query}`);
  return row;
}

function lookup(value: RouteLookup) {
  return lookupRoute(value, NOW).kind;
}

function article(
  section: string,
  slug: string,
  extra: { commentPage?: number; replyTo?: number } = {},
): RouteLookup {
  return { kind: "article", section, slug, commentPage: null, replyTo: null, ...extra };
}

beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = path.join(tempDir, "kiosk.db");
  db = getDb();
  seedDatabase(db, { articles: 600, now: NOW });
  db.$client.exec("ANALYZE");
  // Record the statements the lookups prepare (once per connection, on first use).
  const prepare = db.$client.prepare.bind(db.$client);
  rawPrepare = prepare;
  explain = (source) =>
    (
      prepare(`EXPLAIN QUERY PLAN ${source}`).all(
        // Any values do for the plan.
        ...Array.from({ length: (source.match(/\?/g) ?? []).length }, () => 1),
      ) as { detail: string }[]
    ).map((r) => r.detail);
  db.$client.prepare = ((source: string) => {
    statements.push(source);
    return prepare(source);
  }) as typeof db.$client.prepare;
});

afterAll(() => {
  closeDb();
  if (previousPath === undefined) delete process.env.DATABASE_PATH;
  else process.env.DATABASE_PATH = previousPath;
  fs.rmSync(tempDir, { recursive: true, force: true });
});

describe("lookupRoute", () => {
  it("knows Ressorts and how many listing pages they have", () => {
    const { slug, n } = one<{ slug: string; n: number }>(
      `SELECT s.slug, COUNT(*) AS n FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE ${PUBLIC} GROUP BY s.id ORDER BY n DESC LIMIT 1`,
      NOW,
    );
    const last = Math.ceil(n / LISTING_PAGE_SIZE);
    expect(last).toBeGreaterThan(1);
    expect(lookup({ kind: "section", section: slug, page: 1 })).toBe("found");
    expect(lookup({ kind: "section", section: slug, page: 2 })).toBe("found");
    expect(lookup({ kind: "section", section: slug, page: last })).toBe("found");
    expect(lookup({ kind: "section", section: slug, page: last + 1 })).toBe("missing");
    expect(lookup({ kind: "section", section: "gibt-es-nicht", page: 1 })).toBe("missing");
  });

  it("finds public articles where they live and redirects the rest", () => {
    const a = one<{ slug: string; sectionSlug: string }>(
      `SELECT a.slug, s.slug AS sectionSlug FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE ${PUBLIC} AND s.slug != 'sport' LIMIT 1`,
      NOW,
    );
    expect(lookupRoute(article(a.sectionSlug, a.slug), NOW)).toEqual({ kind: "found" });
    // Under another Ressort, or one that does not exist: where it lives now.
    for (const section of ["sport", "gibt-es-nicht"]) {
      expect(lookupRoute(article(section, a.slug), NOW)).toEqual({
        kind: "moved",
        sectionSlug: a.sectionSlug,
        slug: a.slug,
      });
    }
    expect(lookup(article(a.sectionSlug, "gibt-es-nicht"))).toBe("missing");
  });

  it("redirects an old slug to the current one", () => {
    const old = one<{ oldSlug: string; slug: string; sectionSlug: string }>(
      `SELECT h.slug AS oldSlug, a.slug, s.slug AS sectionSlug FROM article_slug_history h
       JOIN articles a ON a.id = h.article_id JOIN sections s ON s.id = a.section_id
       WHERE ${PUBLIC} LIMIT 1`,
      NOW,
    );
    expect(lookupRoute(article(old.sectionSlug, old.oldSlug), NOW)).toEqual({
      kind: "moved",
      sectionSlug: old.sectionSlug,
      slug: old.slug,
    });
  });

  it("knows nothing of drafts and of scheduled articles before their time", () => {
    for (const status of ["draft", "scheduled"]) {
      const a = one<{ slug: string; sectionSlug: string; publishedAt: number }>(
        `SELECT a.slug, s.slug AS sectionSlug, a.published_at AS publishedAt FROM articles a
         JOIN sections s ON s.id = a.section_id
         WHERE a.status = ? AND (a.status = 'draft' OR a.published_at > ?) LIMIT 1`,
        status,
        NOW,
      );
      expect(lookup(article(a.sectionSlug, a.slug)), status).toBe("missing");
      if (status === "scheduled") {
        // On the minute it is public.
        expect(lookupRoute(article(a.sectionSlug, a.slug), a.publishedAt).kind).toBe("found");
      }
    }
  });

  it("answers gone for every URL of a withdrawn article, old slugs too, until it is back", () => {
    const a = one<{ id: number; slug: string; sectionSlug: string }>(
      `SELECT a.id, a.slug, s.slug AS sectionSlug FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE ${PUBLIC} AND s.slug != 'sport' LIMIT 1`,
      NOW,
    );
    const oldSlug = `frueher-${a.slug}`;
    rawPrepare("INSERT INTO article_slug_history (slug, article_id) VALUES (?, ?)").run(
      oldSlug,
      a.id,
    );
    const setStatus = rawPrepare("UPDATE articles SET status = ? WHERE id = ?");
    const gone = { kind: "gone", sectionSlug: a.sectionSlug };
    const urls = [
      article(a.sectionSlug, a.slug),
      article("sport", a.slug),
      article(a.sectionSlug, a.slug, { commentPage: 99 }),
      article(a.sectionSlug, a.slug, { replyTo: 1_234_567_891 }),
      article(a.sectionSlug, oldSlug),
    ];
    setStatus.run("withdrawn", a.id);
    try {
      for (const url of urls) expect(lookupRoute(url, NOW), JSON.stringify(url)).toEqual(gone);
    } finally {
      setStatus.run("published", a.id);
    }
    expect(lookup(article(a.sectionSlug, a.slug))).toBe("found");
    expect(lookup(article(a.sectionSlug, oldSlug))).toBe("moved");
  });

  it("keeps an embargoed article withdrawn before its time unknown", () => {
    const a = one<{ id: number; slug: string; sectionSlug: string; publishedAt: number }>(
      `SELECT a.id, a.slug, s.slug AS sectionSlug, a.published_at AS publishedAt FROM articles a
       JOIN sections s ON s.id = a.section_id WHERE a.status = 'scheduled' AND a.published_at > ?
       LIMIT 1`,
      NOW,
    );
    const setStatus = rawPrepare("UPDATE articles SET status = ? WHERE id = ?");
    setStatus.run("withdrawn", a.id);
    try {
      expect(lookup(article(a.sectionSlug, a.slug))).toBe("missing");
      // Its time came (as for a seeded article, which has no first publication time).
      expect(lookupRoute(article(a.sectionSlug, a.slug), a.publishedAt).kind).toBe("gone");
      // Published once (the newsroom records when): gone, whatever its date says now.
      rawPrepare("UPDATE articles SET first_published_at = ? WHERE id = ?").run(NOW - 1, a.id);
      expect(lookup(article(a.sectionSlug, a.slug))).toBe("gone");
    } finally {
      rawPrepare("UPDATE articles SET first_published_at = NULL WHERE id = ?").run(a.id);
      setStatus.run("scheduled", a.id);
    }
  });

  it("knows comment pages up to the number of approved comments", () => {
    const a = one<{ slug: string; sectionSlug: string; approved: number }>(
      `SELECT a.slug, s.slug AS sectionSlug,
         (SELECT COUNT(*) FROM comments c WHERE c.article_id = a.id AND c.status = 'approved') AS approved
       FROM articles a JOIN sections s ON s.id = a.section_id WHERE ${PUBLIC}
       ORDER BY approved DESC LIMIT 1`,
      NOW,
    );
    expect(a.approved).toBeGreaterThan(0);
    const last = Math.ceil(a.approved / COMMENTS_PER_PAGE);
    const page = (n: number) => lookup(article(a.sectionSlug, a.slug, { commentPage: n }));
    expect(page(1)).toBe("found");
    expect(page(last)).toBe("found");
    expect(page(last + 1)).toBe("missing");
    expect(page(99_999)).toBe("missing");
  });

  it("knows a reply target only when it is an approved comment of that article", () => {
    const approved = one<{ id: number; slug: string; sectionSlug: string }>(
      `SELECT c.id, a.slug, s.slug AS sectionSlug FROM comments c
       JOIN articles a ON a.id = c.article_id JOIN sections s ON s.id = a.section_id
       WHERE c.status = 'approved' AND ${PUBLIC} LIMIT 1`,
      NOW,
    );
    const pending = one<{ id: number; slug: string; sectionSlug: string }>(
      `SELECT c.id, a.slug, s.slug AS sectionSlug FROM comments c
       JOIN articles a ON a.id = c.article_id JOIN sections s ON s.id = a.section_id
       WHERE c.status = 'pending' AND ${PUBLIC} LIMIT 1`,
      NOW,
    );
    const other = one<{ slug: string; sectionSlug: string }>(
      `SELECT a.slug, s.slug AS sectionSlug FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE ${PUBLIC} AND a.slug != ? LIMIT 1`,
      NOW,
      approved.slug,
    );
    const reply = (target: { slug: string; sectionSlug: string }, id: number) =>
      lookup(article(target.sectionSlug, target.slug, { replyTo: id }));
    expect(reply(approved, approved.id)).toBe("found");
    expect(reply(pending, pending.id)).toBe("missing");
    expect(reply(other, approved.id)).toBe("missing");
    expect(reply(approved, 1_234_567_891)).toBe("missing");
  });

  it("knows authors, topics and info pages, with their listing pages", () => {
    const author = one<{ slug: string; n: number }>(
      `SELECT au.slug, COUNT(*) AS n FROM articles a JOIN authors au ON au.id = a.author_id
       WHERE ${PUBLIC} GROUP BY au.id ORDER BY n DESC LIMIT 1`,
      NOW,
    );
    const authorPages = Math.ceil(author.n / LISTING_PAGE_SIZE);
    expect(lookup({ kind: "author", slug: author.slug, page: 1 })).toBe("found");
    expect(lookup({ kind: "author", slug: author.slug, page: authorPages })).toBe("found");
    expect(lookup({ kind: "author", slug: author.slug, page: authorPages + 1 })).toBe("missing");
    expect(lookup({ kind: "author", slug: "niemand", page: 1 })).toBe("missing");

    const topic = one<{ slug: string; n: number }>(
      `SELECT g.slug, COUNT(*) AS n FROM tags g JOIN article_tags t ON t.tag_id = g.id
       JOIN articles a ON a.id = t.article_id WHERE ${PUBLIC} GROUP BY g.id ORDER BY n DESC LIMIT 1`,
      NOW,
    );
    const topicPages = Math.ceil(topic.n / LISTING_PAGE_SIZE);
    expect(lookup({ kind: "topic", slug: topic.slug, page: topicPages })).toBe("found");
    expect(lookup({ kind: "topic", slug: topic.slug, page: topicPages + 1 })).toBe("missing");
    expect(lookup({ kind: "topic", slug: "nichts", page: 1 })).toBe("missing");

    expect(lookup({ kind: "info", slug: "impressum" })).toBe("found");
    expect(lookup({ kind: "info", slug: "geheim" })).toBe("missing");
  });

  it("knows sitemap files of months with articles", () => {
    const { month } = one<{ month: string }>(
      `SELECT strftime('%Y-%m', a.published_at / 1000, 'unixepoch') AS month FROM articles a
       WHERE ${PUBLIC} ORDER BY a.published_at DESC LIMIT 1`,
      NOW,
    );
    const file = (m: string, part = 1): RouteLookup => ({
      kind: "sitemap",
      file: { kind: "articles", month: m, part },
    });
    expect(lookup(file(month))).toBe("found");
    expect(lookup(file(month, 2))).toBe("missing");
    expect(lookup(file("1999-01"))).toBe("missing");
    expect(lookup({ kind: "sitemap", file: { kind: "pages", part: 1 } })).toBe("found");
    expect(lookup({ kind: "sitemap", file: { kind: "pages", part: 2 } })).toBe("missing");
  });

  it("trusts a listing's count for a minute", () => {
    const author = one<{ id: number; slug: string; n: number }>(
      `SELECT au.id, au.slug, COUNT(*) AS n FROM articles a JOIN authors au ON au.id = a.author_id
       WHERE ${PUBLIC} GROUP BY au.id ORDER BY n DESC LIMIT 1`,
      NOW,
    );
    const last = Math.ceil(author.n / LISTING_PAGE_SIZE);
    const page = (at: number) => lookupRoute({ kind: "author", slug: author.slug, page: last }, at);
    expect(page(NOW).kind).toBe("found");
    const ids = (
      rawPrepare("SELECT id FROM articles WHERE author_id = ? AND status = 'published'").all(
        author.id,
      ) as { id: number }[]
    ).map((r) => r.id);
    const setStatus = rawPrepare(
      "UPDATE articles SET status = ? WHERE id IN (SELECT value FROM json_each(?))",
    );
    setStatus.run("draft", JSON.stringify(ids));
    try {
      expect(page(NOW + 30_000).kind).toBe("found");
      expect(page(NOW + 61_000).kind).toBe("missing");
    } finally {
      setStatus.run("published", JSON.stringify(ids));
    }
  });

  it("uses an index for every lookup", () => {
    expect(statements.length).toBeGreaterThan(10);
    for (const source of statements) {
      for (const step of explain(source)) {
        expect(step, source).not.toMatch(
          /^SCAN (articles|comments|article_tags|article_slug_history)\b(?! USING)/,
        );
        // Every public article by date, open-ended: as slow as a scan at 50,000 articles.
        expect(step, source).not.toMatch(/articles_published_idx \(published_at<\?\)$/);
      }
    }
  });
});
