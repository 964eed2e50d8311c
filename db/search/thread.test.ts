import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { buildSearchQuery, type SearchTerm } from "@/lib/search";
import { SearchThread } from "./thread";

// The search thread: searches run off the thread that serves pages, one at a time, and a page
// always gets an answer it can show (results, "too general" or "busy"), never an exception.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-thread-"));
const databasePath = path.join(dir, "kiosk.db");
const threads: SearchThread[] = [];

function thread(options: Partial<ConstructorParameters<typeof SearchThread>[0]> = {}) {
  const t = new SearchThread({ databasePath, ...options });
  threads.push(t);
  return t;
}

function terms(q: string): SearchTerm[] {
  const built = buildSearchQuery(q);
  if (built.kind !== "ok") throw new Error(q);
  return built.terms;
}

beforeAll(() => {
  const db = openDatabase(databasePath);
  seedDatabase(db, { articles: 60, now: Date.now() });
  db.$client.close();
}, 60_000);

afterAll(async () => {
  await Promise.all(threads.map((t) => t.stop()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("SearchThread", () => {
  it("searches on its own thread", async () => {
    const result = await thread().run(terms("wien"), 1);
    expect(result.kind).toBe("results");
    if (result.kind === "results") expect(result.hits.length).toBeGreaterThan(0);
  });

  it("answers too general when the search runs out of time", async () => {
    const result = await thread({ budgetMs: 0 }).run(terms("die der und"), 1);
    expect(result).toMatchObject({ kind: "too-general", work: { candidates: 0 } });
  });

  it("answers busy beyond the queue, and the queued searches still finish", async () => {
    const t = thread({ maxWaiting: 2 });
    expect(await t.start()).toBe(true);
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => t.run(terms("wien"), 1)));
    expect(outcomes.map((o) => o.kind)).toEqual(["results", "results", "busy", "busy"]);
  });

  it("answers busy when the thread cannot start", async () => {
    const t = thread({ databasePath: path.join(dir, "missing", "kiosk.db") });
    expect(await t.run(terms("wien"), 1)).toEqual({ kind: "busy" });
  });
});
