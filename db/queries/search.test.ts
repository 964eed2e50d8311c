import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

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

function match(q: string): string {
  const built = build(q);
  if (built.kind !== "ok") throw new Error(q);
  return built.match;
}

describe("searchArticles", () => {
  it("ranks a headline match above body matches", async () => {
    const { getDb } = await import("@/db/client");
    const article = getDb()
      .$client.prepare(
        "SELECT id, headline FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1",
      )
      .get() as { id: number; headline: string };
    const result = search.searchArticles(match(article.headline), 1);
    expect(result.items[0]?.id).toBe(article.id);
  });
  it("pages through results without overlap and marks the hits in the snippet", () => {
    const first = search.searchArticles(match("wien"), 1);
    const second = search.searchArticles(match("wien"), 2);
    expect(first.items).toHaveLength(20);
    expect(first.items.every((i) => i.snippet.includes("\u0002"))).toBe(true);
    const ids = new Set(first.items.map((i) => i.id));
    expect(second.items.some((i) => ids.has(i.id))).toBe(false);
  });
  it("caps the count and says so", () => {
    const result = search.searchArticles(match("die"), 1);
    expect(result.total).toBeLessThanOrEqual(search.SEARCH_COUNT_CAP);
    expect(result.pageCount).toBe(Math.ceil(result.total / 20));
  });
  it("returns an empty page past the end", () => {
    expect(search.searchArticles(match("wien"), 9999).items).toEqual([]);
  });
});
