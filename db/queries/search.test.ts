import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-search-"));
process.env.DATABASE_PATH = path.join(dir, "kiosk.db");

// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- modules load after DATABASE_PATH is set
let search: typeof import("./search");
// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- as above
let build: typeof import("@/lib/search").buildSearchQuery;

beforeAll(async () => {
  const { getDb } = await import("@/db/client");
  const { seedDatabase } = await import("@/db/seed");
  seedDatabase(getDb(), { articles: 400, now: Date.now() });
  search = await import("./search");
  build = (await import("@/lib/search")).buildSearchQuery;
});

afterAll(async () => {
  await search.stopSearchThread();
});

// The page's path: the search runs on its own thread; these tests go through it.
async function results(q: string, page = 1) {
  const built = build(q);
  if (built.kind !== "ok") throw new Error(q);
  const outcome = await search.searchArticles(built.terms, page);
  if (outcome.kind !== "results") throw new Error(`${q}: ${outcome.kind}`);
  return outcome;
}

describe("searchArticles", () => {
  it("ranks a headline match above body matches", async () => {
    const { getDb } = await import("@/db/client");
    const article = getDb()
      .$client.prepare(
        "SELECT id, headline FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1",
      )
      .get() as { id: number; headline: string };
    const result = await results(article.headline);
    expect(result.items[0]?.id).toBe(article.id);
  });
  it("pages through results without overlap and marks the hits in the snippet", async () => {
    const first = await results("wien");
    const second = await results("wien", 2);
    expect(first.items).toHaveLength(20);
    expect(first.items.every((i) => i.snippet.includes("\u0002"))).toBe(true);
    expect(first.items.every((i) => i.headline.length > 0 && i.sectionSlug.length > 0)).toBe(true);
    const ids = new Set(first.items.map((i) => i.id));
    expect(second.items.some((i) => ids.has(i.id))).toBe(false);
  });
  it("finds a word in any spelling and highlights it", async () => {
    for (const q of ["Österreich", "oesterreich", "OSTERREICH"]) {
      const result = await results(q);
      expect(result.total, q).toBeGreaterThan(0);
      expect(result.items[0]?.snippet, q).toMatch(/\u0002Österreich/i);
    }
  });
  it("caps the count and says so", async () => {
    const result = await results("die");
    expect(result.total).toBeLessThanOrEqual(search.SEARCH_COUNT_CAP);
    expect(result.pageCount).toBe(Math.ceil(result.total / 20));
  });
  it("returns an empty page past the end", async () => {
    expect((await results("wien", 9999)).items).toEqual([]);
  });
  it("answers many searches at once without failing any", async () => {
    const built = build("wien budget");
    if (built.kind !== "ok") throw new Error("query");
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, () => search.searchArticles(built.terms, 1)),
    );
    // Beyond the queue's length the answer is "busy", never an error.
    expect(new Set(outcomes.map((o) => o.kind))).toEqual(new Set(["results", "busy"]));
  });
});
