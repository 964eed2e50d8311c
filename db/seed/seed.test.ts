import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "@/db/client";
import { SLUG_PATTERN } from "@/lib/slug";
import { countWords, createStoryContext, StoryWriter } from "./content";
import { isDatabaseEmpty, RESERVED_ARTICLE_SLUGS, seedDatabase } from "./index";
import { Random } from "./random";
import { TOPICS } from "./topics";
import { SECTIONS } from "./vocabulary";

const NOW = Date.UTC(2025, 5, 15, 10, 30, 0);
const HOUR = 3_600_000;

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-seed-test-"));
const opened: Db[] = [];
let fileCounter = 0;

function freshDb(): Db {
  const db = openDatabase(path.join(tempDir, `seed-${++fileCounter}.db`));
  opened.push(db);
  return db;
}

function seeded(articles: number, now = NOW): Db {
  const db = freshDb();
  seedDatabase(db, { articles, now });
  return db;
}

function rows(db: Db, sql: string): Record<string, unknown>[] {
  return db.$client.prepare(sql).all() as Record<string, unknown>[];
}

afterAll(() => {
  for (const db of opened) db.$client.close();
  fs.rmSync(tempDir, { recursive: true, force: true });
});

describe("Random", () => {
  it("repeats the same sequence for the same seed and stays in range", () => {
    const a = new Random(42);
    const b = new Random(42);
    for (let i = 0; i < 1000; i++) {
      const x = a.next();
      expect(x).toBe(b.next());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = a.int(3, 7);
      expect(b.int(3, 7)).toBe(n);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
    }
    expect(new Random(1).hex(64)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("templates", () => {
  it("fill every topic's headlines, facts and teasers without unknown slots", () => {
    const rng = new Random(7);
    for (const topic of TOPICS) {
      const section = topic.sections[0] ?? "news";
      const writer = new StoryWriter(rng, createStoryContext(rng, section, topic, topic));
      for (const template of [...topic.headlines, ...topic.facts]) {
        const text = writer.fill(template);
        expect(text).not.toMatch(/[{}]/);
      }
      expect(writer.headline().length).toBeGreaterThanOrEqual(40);
      expect(writer.teaser().length).toBeGreaterThanOrEqual(120);
    }
  });
});

describe("seedDatabase determinism", () => {
  const tables = [
    "sections",
    "authors",
    "tags",
    "articles",
    "article_tags",
    "article_slug_history",
    "comments",
    "pages",
  ];

  it("writes identical rows for the same article count and time", () => {
    const a = seeded(120);
    const b = seeded(120);
    for (const table of tables) {
      const sql = `SELECT * FROM ${table} ORDER BY 1, 2`;
      expect(rows(b, sql), table).toEqual(rows(a, sql));
    }
  });

  it("moves only the times when `now` changes", () => {
    const a = seeded(60);
    const b = seeded(60, NOW + 7 * 24 * HOUR);
    const text =
      "SELECT id, slug, headline, teaser, body, author_id, status FROM articles ORDER BY id";
    expect(rows(b, text)).toEqual(rows(a, text));
    const timesA = rows(a, "SELECT published_at AS t FROM articles ORDER BY id");
    const timesB = rows(b, "SELECT published_at AS t FROM articles ORDER BY id");
    timesA.forEach((row, i) => expect(Number(timesB[i]?.t) - Number(row.t)).toBe(7 * 24 * HOUR));
  });

  it("gives article 1 the same story whatever the article count", () => {
    const small = seeded(30);
    const large = seeded(400);
    const sql =
      "SELECT id, slug, headline, teaser, body, section_id, status, published_at FROM articles WHERE id = 1";
    expect(rows(large, sql)).toEqual(rows(small, sql));
    const comments = "SELECT * FROM comments WHERE article_id = 1 ORDER BY id";
    expect(rows(large, comments)).toEqual(rows(small, comments));
  });
});

describe("seedDatabase with 400 articles", () => {
  let db: Db;
  let summary: ReturnType<typeof seedDatabase>;

  beforeAll(() => {
    db = freshDb();
    expect(isDatabaseEmpty(db)).toBe(true);
    summary = seedDatabase(db, { articles: 400, now: NOW });
  });

  it("refuses a database that already has content", () => {
    expect(isDatabaseEmpty(db)).toBe(false);
    expect(() => seedDatabase(db, { articles: 10, now: NOW })).toThrow(/empty database/);
  });

  it("creates the six Ressorts in order, a dozen authors and 40+ tags", () => {
    expect(rows(db, "SELECT slug, name, position FROM sections ORDER BY position")).toEqual(
      SECTIONS.map((s, i) => ({ slug: s.slug, name: s.name, position: i + 1 })),
    );
    expect(rows(db, "SELECT count(*) AS n FROM authors")[0]?.n).toBe(12);
    const columnists = Number(
      rows(db, "SELECT count(*) AS n FROM authors WHERE is_columnist")[0]?.n,
    );
    expect(columnists).toBeGreaterThanOrEqual(3);
    expect(columnists).toBeLessThanOrEqual(4);
    expect(Number(rows(db, "SELECT count(*) AS n FROM tags")[0]?.n)).toBeGreaterThanOrEqual(40);
    expect(summary.articles).toBe(400);
  });

  it("lets only columnists write Kolumne articles", () => {
    const bad = rows(
      db,
      `SELECT a.id FROM articles a JOIN sections s ON s.id = a.section_id
       LEFT JOIN authors u ON u.id = a.author_id
       WHERE s.slug = 'kolumne' AND (u.id IS NULL OR u.is_columnist = 0)`,
    );
    expect(bad).toEqual([]);
    const columns = rows(
      db,
      "SELECT count(*) AS n FROM articles a JOIN sections s ON s.id = a.section_id WHERE s.slug = 'kolumne'",
    );
    expect(Number(columns[0]?.n)).toBeGreaterThan(10);
  });

  it("writes article texts within the agreed sizes", () => {
    const articles = rows(db, "SELECT headline, teaser, body, kicker FROM articles");
    for (const a of articles) {
      const body = String(a.body);
      const words = countWords(body);
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(1200);
      const headings = body.split("\n").filter((line) => line.startsWith("## ")).length;
      expect(headings).toBeGreaterThanOrEqual(1);
      expect(headings).toBeLessThanOrEqual(4);
      expect(String(a.headline).length).toBeGreaterThanOrEqual(40);
      expect(String(a.headline).length).toBeLessThanOrEqual(110);
      expect(String(a.teaser).length).toBeGreaterThanOrEqual(120);
      expect(String(a.teaser).length).toBeLessThanOrEqual(300);
      for (const text of [a.headline, a.teaser, body, a.kicker])
        expect(String(text)).not.toMatch(/[{}]/);
    }
    expect(articles.some((a) => /[äöüß]/.test(String(a.body)))).toBe(true);
    expect(articles.some((a) => String(a.body).includes("„"))).toBe(true);
  });

  it("gives every article 2 to 5 tags", () => {
    const counts = rows(
      db,
      "SELECT a.id, count(t.tag_id) AS n FROM articles a LEFT JOIN article_tags t ON t.article_id = a.id GROUP BY a.id",
    );
    expect(counts).toHaveLength(400);
    for (const c of counts) {
      expect(Number(c.n)).toBeGreaterThanOrEqual(2);
      expect(Number(c.n)).toBeLessThanOrEqual(5);
    }
  });

  it("makes drafts, scheduled and published articles at the right times", () => {
    const byStatus = rows(db, "SELECT status, count(*) AS n FROM articles GROUP BY status");
    const count = (s: string) => Number(byStatus.find((r) => r.status === s)?.n ?? 0);
    expect(count("draft")).toBeGreaterThanOrEqual(1);
    expect(count("scheduled")).toBeGreaterThanOrEqual(1);
    for (const r of rows(db, "SELECT published_at AS p FROM articles WHERE status = 'scheduled'")) {
      expect(Number(r.p)).toBeGreaterThanOrEqual(NOW + HOUR);
      expect(Number(r.p)).toBeLessThanOrEqual(NOW + 72 * HOUR);
    }
    const published = rows(
      db,
      "SELECT id, published_at AS p, updated_at AS u, section_id FROM articles WHERE status = 'published' ORDER BY published_at DESC",
    );
    for (const r of published) {
      expect(Number(r.p)).toBeLessThanOrEqual(NOW);
      expect(Number(r.u)).toBeGreaterThanOrEqual(Number(r.p));
      expect(Number(r.u)).toBeLessThanOrEqual(NOW);
    }
    expect(published[0]?.id).toBe(1);
    expect(published[0]?.section_id).toBe(1);
    expect(Number(published[29]?.p)).toBeGreaterThan(NOW - 48 * HOUR);
    expect(published.filter((r) => Number(r.p) > NOW - 2 * HOUR).length).toBeGreaterThanOrEqual(3);
  });

  it("uses unique, valid slugs, old ones included", () => {
    const slugs = rows(
      db,
      "SELECT slug FROM articles UNION ALL SELECT slug FROM article_slug_history",
    ).map((r) => String(r.slug));
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(SLUG_PATTERN);
      expect(RESERVED_ARTICLE_SLUGS).not.toContain(slug);
    }
    expect(summary.slugHistory).toBeGreaterThan(0);
    for (const table of ["authors", "tags", "sections", "pages"]) {
      for (const r of rows(db, `SELECT slug FROM ${table}`))
        expect(String(r.slug)).toMatch(SLUG_PATTERN);
    }
  });

  it("gives most articles a lead image key with alt text", () => {
    const withImage = rows(
      db,
      "SELECT a.image_key AS k, a.image_alt AS alt, s.slug AS section FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.image_key IS NOT NULL",
    );
    expect(withImage.length).toBeGreaterThan(300);
    for (const r of withImage) {
      const match = /^([a-z]+)-(\d+)$/.exec(String(r.k));
      expect(match?.[1]).toBe(r.section);
      expect(Number(match?.[2])).toBeGreaterThanOrEqual(1);
      expect(Number(match?.[2])).toBeLessThanOrEqual(500);
      expect(String(r.alt).length).toBeGreaterThan(0);
    }
  });

  it("threads replies under approved comments of the same article", () => {
    const replies = rows(
      db,
      `SELECT c.article_id AS a, c.depth AS d, c.created_at AS t, p.article_id AS pa, p.depth AS pd,
         p.status AS ps, p.moderated_at AS pm
       FROM comments c JOIN comments p ON p.id = c.parent_id`,
    );
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.some((r) => r.d === 2)).toBe(true);
    for (const r of replies) {
      expect(r.pa).toBe(r.a);
      expect(r.ps).toBe("approved");
      expect(r.d).toBe(Number(r.pd) + 1);
      expect(Number(r.d)).toBeLessThanOrEqual(2);
      // Readers answer what they can see: an approved comment.
      expect(Number(r.t)).toBeGreaterThanOrEqual(Number(r.pm));
    }
    const orphans = rows(db, "SELECT id FROM comments WHERE parent_id IS NULL AND depth <> 0");
    expect(orphans).toEqual([]);
  });

  it("keeps comment counts, statuses, times and addresses consistent", () => {
    const mismatched = rows(
      db,
      `SELECT a.id FROM articles a
       WHERE a.comment_count <> (SELECT count(*) FROM comments c WHERE c.article_id = a.id AND c.status = 'approved')`,
    );
    expect(mismatched).toEqual([]);
    const statuses = rows(db, "SELECT DISTINCT status FROM comments ORDER BY status").map(
      (r) => r.status,
    );
    expect(statuses).toEqual(["approved", "pending", "spam", "trash"]);
    const comments = rows(
      db,
      `SELECT c.author_email AS e, c.created_at AS t, c.ip_hash AS ip, c.user_agent AS ua,
              a.published_at AS p, a.status AS s
       FROM comments c JOIN articles a ON a.id = c.article_id`,
    );
    for (const c of comments) {
      expect(String(c.e)).toMatch(/^[^@\s]+@example\.(org|com|net)$/);
      expect(Number(c.t)).toBeGreaterThan(Number(c.p));
      expect(Number(c.t)).toBeLessThanOrEqual(NOW);
      expect(String(c.ip)).toMatch(/^[0-9a-f]{64}$/);
      expect(String(c.ua).length).toBeGreaterThan(0);
      expect(c.s).toBe("published");
    }
    const busiest = Number(rows(db, "SELECT max(comment_count) AS n FROM articles")[0]?.n);
    expect(busiest).toBeGreaterThanOrEqual(25);
  });

  it("creates the three static pages and leaves settings alone", () => {
    expect(rows(db, "SELECT slug, title FROM pages ORDER BY id")).toEqual([
      { slug: "impressum", title: "Impressum und Offenlegung" },
      { slug: "datenschutz", title: "Datenschutz" },
      { slug: "kontakt", title: "Kontakt" },
    ]);
    expect(String(rows(db, "SELECT body FROM pages WHERE slug = 'impressum'")[0]?.body)).toContain(
      "§ 25 Mediengesetz",
    );
    expect(rows(db, "SELECT * FROM settings")).toEqual([]);
  });

  it("indexes every article for full-text search", () => {
    const article = rows(db, "SELECT id, body FROM articles WHERE id = 57")[0];
    // A long, specific word of the body: topic nouns such as "Schuldenquote" are what readers search.
    const word = String(article?.body)
      .split(/[^A-Za-zÄÖÜäöüß]+/)
      .filter((w) => w.length >= 9)
      .sort((x, y) => y.length - x.length)[0];
    expect(word).toBeTruthy();
    const hits = db.$client
      .prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?")
      .pluck()
      .all(`"${word}"`) as number[];
    expect(hits).toContain(57);
    const indexed = rows(db, "SELECT count(*) AS n FROM articles_fts")[0]?.n;
    expect(indexed).toBe(400);
  });

  it("restores the search triggers exactly as the migration created them", () => {
    const triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name";
    expect(rows(db, triggers)).toEqual(rows(freshDb(), triggers));
  });
});

describe("search trigger after seeding", () => {
  it("indexes articles inserted later", () => {
    const db = seeded(12);
    db.$client
      .prepare(
        `INSERT INTO articles (id, slug, section_id, headline, teaser, body, status, published_at, updated_at)
         VALUES (1000, 'nachtrag', 1, 'Nachtrag', 'Ein Nachtrag.', 'Quokkaparade im Burggarten', 'published', ?, ?)`,
      )
      .run(NOW, NOW);
    const hits = db.$client
      .prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?")
      .pluck()
      .all("quokkaparade");
    expect(hits).toEqual([1000]);
  });
});

describe("staff option", () => {
  it("credits staff replies and moderation to the given staff user", () => {
    const db = freshDb();
    db.$client
      .prepare(
        "INSERT INTO staff (id, username, display_name, role, password_hash, created_at) VALUES (7, 'redaktion', 'Redaktion', 'admin', 'x', ?)",
      )
      .run(NOW);
    seedDatabase(db, { articles: 20, now: NOW, staffId: 7 });
    const staffReplies = rows(db, "SELECT staff_id FROM comments WHERE author_name = 'Redaktion'");
    expect(staffReplies.length).toBeGreaterThan(0);
    for (const r of staffReplies) expect(r.staff_id).toBe(7);
    expect(
      rows(db, "SELECT id FROM comments WHERE status <> 'pending' AND moderated_by IS NULL"),
    ).toEqual([]);
    expect(
      rows(db, "SELECT id FROM comments WHERE status = 'pending' AND moderated_by IS NOT NULL"),
    ).toEqual([]);
  });
});

describe("npm run seed", () => {
  function seedCli(...args: string[]) {
    return spawnSync(process.execPath, ["--import", "tsx", "scripts/seed.ts", ...args], {
      encoding: "utf8",
    });
  }

  it("rejects a bad article count with exit code 2", () => {
    for (const bad of ["0", "-5", "abc", "1.5", "200001"]) {
      const result = seedCli("--articles", bad, "--database", path.join(tempDir, "cli-bad.db"));
      expect(result.status, bad).toBe(2);
      expect(result.stderr).toMatch(/--articles/);
    }
  });

  it("seeds an empty database and refuses a filled one with exit code 1", () => {
    const file = path.join(tempDir, "cli.db");
    const first = seedCli("--articles", "15", "--database", file);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Done in/);
    const again = seedCli("--articles=15", `--database=${file}`);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already has content/);
  });
});
