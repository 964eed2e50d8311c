import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type * as ListModule from "./newsroom-list";

// The newsroom's article list: every status, newest change first, its filters, and a query plan
// that walks an index whatever the filter (no sort of the whole archive).

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-newsroom-list-"));
process.env.DATABASE_PATH = path.join(dir, "kiosk.db");

const NOW = Date.UTC(2026, 5, 1, 10, 0, 0);
const YEAR = 365 * 86_400_000;
let list: typeof ListModule;
let db: Db;
let staffId: number;
const ids: Record<string, number> = {};

function firstArticle(where: string): { id: number; section_id: number; author_id: number } {
  return db.$client
    .prepare(`SELECT id, section_id, author_id FROM articles WHERE ${where} ORDER BY id LIMIT 1`)
    .get() as { id: number; section_id: number; author_id: number };
}

beforeAll(async () => {
  const { getDb } = await import("@/db/client");
  const { seedDatabase } = await import("@/db/seed");
  db = getDb();
  seedDatabase(db, { articles: 400, now: NOW });
  staffId = Number(
    db.$client
      .prepare(
        "INSERT INTO staff (username, display_name, role, password_hash, created_at) VALUES ('r', 'Rita Redakteurin', 'editor', 'x', 0)",
      )
      .run().lastInsertRowid,
  );
  const set = db.$client.prepare(
    "UPDATE articles SET status = ?, headline = ?, changed_at = ?, changed_by = ?, published_at = ? WHERE id = ?",
  );
  const pick = (n: number) =>
    (
      db.$client
        .prepare("SELECT id FROM articles WHERE status = 'published' ORDER BY id LIMIT 1 OFFSET ?")
        .get(n) as { id: number }
    ).id;
  // Changed by the newsroom after every seeded publication, one minute apart.
  const rows: [string, string, number][] = [
    ["review", "Zur Prüfung: Budget_100% fertig", NOW - 5 * 60_000],
    ["withdrawn", "Zurückgezogen: Falschmeldung", NOW - 4 * 60_000],
    ["scheduled", "Geplant: Wahlabend", NOW + 3600_000],
    ["scheduled", "Fällig: Morgenbericht", NOW - 3600_000],
    ["draft", "Entwurf: Budgetrede", NOW - 60_000],
  ];
  rows.forEach(([status, headline, publishedAt], i) => {
    const id = pick(i + 1);
    // A year ahead: after the seed's scheduled articles, whose publication is their last change.
    set.run(status, headline, NOW + YEAR + (i + 1) * 60_000, staffId, publishedAt, id);
    ids[headline.split(":")[0]!] = id;
  });
  // No ANALYZE: a live database has no statistics either (nothing runs it), and the plans must
  // hold without them.
  list = await import("./newsroom-list");
});

describe("the newsroom's article list", () => {
  it("lists every article, newest change first, with who changed it", () => {
    const page = list.listArticlesForNewsroom({ page: 1 }, NOW);
    const total = (db.$client.prepare("SELECT count(*) AS n FROM articles").get() as { n: number })
      .n;
    expect(page.total).toBe(total);
    expect(page.rows).toHaveLength(50);
    expect(page.pageCount).toBe(Math.ceil(total / 50));
    expect(page.rows.slice(0, 5).map((r) => r.id)).toEqual([
      ids["Entwurf"],
      ids["Fällig"],
      ids["Geplant"],
      ids["Zurückgezogen"],
      ids["Zur Prüfung"],
    ]);
    expect(page.rows[0]).toMatchObject({ changedByName: "Rita Redakteurin", status: "draft" });
    // Seeded articles were never changed in the newsroom: their publication is their last change.
    const seeded = page.rows[5]!;
    expect(seeded.changedByName).toBeNull();
    expect(seeded.lastChange).toBe(seeded.publishedAt);
    const changes = page.rows.map((r) => r.lastChange);
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
    const second = list.listArticlesForNewsroom({ page: 2 }, NOW);
    expect(second.rows[0]!.lastChange).toBeLessThanOrEqual(changes.at(-1)!);
    expect(second.rows.map((r) => r.id)).not.toContain(page.rows.at(-1)!.id);
  });

  it("filters by status as the list shows it: a scheduled article whose time has come is published", () => {
    const of = (status: Parameters<typeof list.listArticlesForNewsroom>[0]["status"]) =>
      list.listArticlesForNewsroom({ status, page: 1 }, NOW).rows.map((r) => r.id);
    expect(of("review")).toEqual([ids["Zur Prüfung"]]);
    expect(of("withdrawn")).toEqual([ids["Zurückgezogen"]]);
    expect(of("scheduled")).toContain(ids["Geplant"]);
    expect(of("scheduled")).not.toContain(ids["Fällig"]);
    expect(of("published")).toContain(ids["Fällig"]);
    expect(of("published")).not.toContain(ids["Geplant"]);
    expect(of("draft")).toContain(ids["Entwurf"]);
    const shown = list.listArticlesForNewsroom({ page: 1 }, NOW).rows.slice(0, 5);
    expect(shown.map((r) => r.shownStatus)).toEqual([
      "draft",
      "published",
      "scheduled",
      "withdrawn",
      "review",
    ]);
  });

  it("filters by Ressort, author (or Redaktion) and headline text", () => {
    const a = firstArticle(`id = ${ids["Entwurf"]}`);
    const bySection = list.listArticlesForNewsroom({ sectionId: a.section_id, page: 1 }, NOW);
    expect(bySection.rows[0]!.id).toBe(a.id);
    const sectionName = bySection.rows[0]!.sectionName;
    expect(bySection.rows.every((r) => r.sectionName === sectionName)).toBe(true);

    const withAuthor = firstArticle("author_id IS NOT NULL");
    const byAuthor = list.listArticlesForNewsroom({ author: withAuthor.author_id, page: 1 }, NOW);
    expect(byAuthor.rows.map((r) => r.id)).toContain(withAuthor.id);
    const authorName = byAuthor.rows[0]!.authorName;
    expect(authorName).not.toBeNull();
    expect(byAuthor.rows.every((r) => r.authorName === authorName)).toBe(true);
    const none = list.listArticlesForNewsroom({ author: "none", page: 1 }, NOW);
    expect(none.rows.every((r) => r.authorName === null)).toBe(true);

    const budget = list.listArticlesForNewsroom({ query: "budget", page: 1 }, NOW);
    expect(budget.rows.map((r) => r.id)).toEqual(
      expect.arrayContaining([ids["Entwurf"], ids["Zur Prüfung"]]),
    );
    // LIKE's wildcards in what staff type match themselves.
    expect(
      list.listArticlesForNewsroom({ query: "_100%", page: 1 }, NOW).rows.map((r) => r.id),
    ).toEqual([ids["Zur Prüfung"]]);
    expect(list.listArticlesForNewsroom({ query: "Falsch_eldung", page: 1 }, NOW).total).toBe(0);
    const combined = list.listArticlesForNewsroom(
      { query: "budget", status: "review", page: 1 },
      NOW,
    );
    expect(combined.rows.map((r) => r.id)).toEqual([ids["Zur Prüfung"]]);
  });

  it("counts a text search only up to its cap", () => {
    const common = list.listArticlesForNewsroom({ query: "e", page: 1 }, NOW);
    expect(common.total).toBeLessThanOrEqual(list.NEWSROOM_QUERY_COUNT_CAP);
    expect(common.rows.length).toBeGreaterThan(0);
  });

  it("offers every Ressort and author as a filter", () => {
    const options = list.listArticleFilterOptions();
    expect(options.sections.length).toBeGreaterThan(3);
    expect(options.authors.length).toBeGreaterThan(3);
  });
});

describe("the list's query plans", () => {
  async function plansOf(run: () => unknown): Promise<string[]> {
    const recorded = new Map<string, unknown[]>();
    const client = db.$client;
    const prepare = client.prepare.bind(client);
    client.prepare = ((source: string) => {
      const statement = prepare(source);
      for (const method of ["get", "all"] as const) {
        const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
          recorded.set(source, args);
          return original(...args);
        };
      }
      return statement;
    }) as typeof client.prepare;
    try {
      await run();
    } finally {
      client.prepare = prepare;
    }
    const steps: string[] = [];
    for (const [source, args] of recorded)
      for (const row of prepare(`EXPLAIN QUERY PLAN ${source}`).all(...args) as {
        detail: string;
      }[])
        steps.push(row.detail);
    return steps;
  }

  const filters: [string, () => unknown][] = [
    ["default", () => list.listArticlesForNewsroom({ page: 3 }, NOW)],
    ["draft", () => list.listArticlesForNewsroom({ status: "draft", page: 1 }, NOW)],
    ["published", () => list.listArticlesForNewsroom({ status: "published", page: 1 }, NOW)],
    ["scheduled", () => list.listArticlesForNewsroom({ status: "scheduled", page: 1 }, NOW)],
    ["Ressort", () => list.listArticlesForNewsroom({ sectionId: 1, page: 1 }, NOW)],
    ["author", () => list.listArticlesForNewsroom({ author: 1, page: 1 }, NOW)],
    ["Redaktion", () => list.listArticlesForNewsroom({ author: "none", page: 1 }, NOW)],
    ["text", () => list.listArticlesForNewsroom({ query: "wien", page: 1 }, NOW)],
  ];

  it.each(filters)("the %s list walks an index and never sorts the articles", async (name, run) => {
    const steps = await plansOf(run);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.filter((s) => /TEMP B-TREE/.test(s))).toEqual([]);
    // The text search's count reads headlines until its cap (see listWhere); nothing else scans.
    const scans = steps.filter((s) => /^SCAN articles\b(?! USING)/.test(s));
    expect(scans).toEqual(name === "text" ? ["SCAN articles"] : []);
    expect(
      steps.some((s) =>
        /USING (COVERING )?INDEX articles_\w+_change_idx|articles_last_change_idx/.test(s),
      ),
    ).toBe(true);
  });
});
