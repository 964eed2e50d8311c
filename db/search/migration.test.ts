import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import * as schema from "@/db/schema";
import { seedDatabase } from "@/db/seed";

// Migration 0003 replaces the search table of a database that already holds articles: the new
// table (with prefix indexes) must hold every article, rank as before, and stay in step.

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-migration-"));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of db/migrations that stops before 0003, as a database made before it was. */
function migrationsBefore(tag: string): string {
  const folder = path.join(dir, "migrations");
  fs.cpSync(MIGRATIONS, folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as {
    entries: { tag: string }[];
  };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

/**
 * Demo content in a database of an older schema: the seed writes today's schema, so it seeds a
 * current database and the old one takes the columns it has of every table (its triggers fill
 * its search table as the rows arrive).
 */
function copySeedInto(old: Database.Database, articles: number): void {
  const currentFile = path.join(dir, "current.db");
  const current = openDatabase(currentFile);
  seedDatabase(current, { articles, now: Date.now() });
  current.$client.close();
  old.pragma("foreign_keys = OFF");
  old.prepare("ATTACH DATABASE ? AS current").run(currentFile);
  const tables = old
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE '__drizzle%' AND name NOT LIKE 'articles_fts%'`,
    )
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const columns = (old.pragma(`table_info(${table})`) as { name: string }[])
      .map((c) => `"${c.name}"`)
      .join(", ");
    old.exec(`INSERT INTO main."${table}" (${columns}) SELECT ${columns} FROM current."${table}"`);
  }
  old.exec("DETACH DATABASE current");
}

function matches(db: Database.Database, match: string): number[] {
  return db
    .prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid")
    .pluck()
    .all(match) as number[];
}

describe("migration 0003 (search prefix indexes)", () => {
  it("rebuilds the search index of an existing database, which then stays in step", () => {
    const file = path.join(dir, "old.db");
    const old = new Database(file);
    const before = Object.assign(drizzle(old, { schema }), { $client: old });
    migrate(before, { migrationsFolder: migrationsBefore("0003_search_prefix") });
    copySeedInto(old, 120);
    const queries = ['"wien"', '"wie"*', '"regierung"*', '"die" AND "budget"*'];
    const found = queries.map((q) => matches(old, q));
    expect(found.every((ids) => ids.length > 0)).toBe(true);
    old.close();

    const db = openDatabase(file).$client; // applies 0003
    try {
      const { sql } = db
        .prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'")
        .get() as { sql: string };
      expect(sql).toContain("prefix='3 4'");
      // Every article is back in the index, and the index agrees with the articles table.
      expect(db.prepare("SELECT count(*) FROM articles_fts").pluck().get()).toBe(120);
      db.prepare(
        "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)",
      ).run();
      // The same matches in the same bm25 order (the rank setting of 0002 came along).
      expect(queries.map((q) => matches(db, q))).toEqual(found);
      expect(
        db.prepare("SELECT count(*) FROM articles_fts_vocab WHERE term = 'wien'").pluck().get(),
      ).toBe(1);

      // The triggers of 0001 still keep the new table in step.
      db.prepare(
        `INSERT INTO articles (id, slug, section_id, headline, teaser, body, status, published_at, updated_at)
         VALUES (9001, 'quokka', 1, 'Quokkaparade', 'Ein Nachtrag.', 'Im Burggarten', 'published', 1, 1)`,
      ).run();
      expect(matches(db, '"quo"*')).toEqual([9001]);
      db.prepare("UPDATE articles SET body = 'Wombatwoche im Prater' WHERE id = 9001").run();
      expect(matches(db, '"wombat"*')).toEqual([9001]);
      expect(matches(db, '"burggarten"')).not.toContain(9001);
      db.prepare("DELETE FROM articles WHERE id = 9001").run();
      expect(matches(db, '"quo"*')).toEqual([]);
      db.prepare(
        "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)",
      ).run();
    } finally {
      db.close();
    }
  });
});
