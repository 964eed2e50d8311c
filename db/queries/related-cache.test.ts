import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { RELATED_MAX } from "@/lib/related";
import { articleCacheFacts, tagsToExpire } from "./article-cache";
import { findArticle, getRelated, type ArticleView } from "./articles";

// The related stories through a data cache that keeps entries by key and drops them by tag, as
// Next's does: an article write expires the tags tagsToExpire names, and the related blocks that
// showed the article follow, while the rest stay cached.

const entries = new Map<string, { value: unknown; tags: readonly string[] }>();
/** The keys read from the database (cache misses). */
const misses: string[] = [];

vi.mock("next/cache", () => ({
  unstable_cache:
    (read: () => Promise<unknown>, keyParts: string[], options: { tags: string[] }) => async () => {
      const key = keyParts.join("/");
      if (!entries.has(key)) {
        misses.push(key);
        entries.set(key, { value: await read(), tags: options.tags });
      }
      return structuredClone(entries.get(key)!.value);
    },
}));

function expire(tags: readonly string[]): void {
  for (const [key, entry] of entries) {
    if (entry.tags.some((tag) => tags.includes(tag))) entries.delete(key);
  }
}

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-related-cache-test-"));
const previousPath = process.env.DATABASE_PATH;

let source: ArticleView;

beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = path.join(tempDir, "kiosk.db");
  // getRelated reads at the real time: seed up to now.
  seedDatabase(getDb(), { articles: 600, now: Date.now() });
  const newest = getDb()
    .$client.prepare(
      `SELECT a.slug, s.slug AS sectionSlug FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE a.status = 'published' AND a.published_at <= ? ORDER BY a.published_at DESC LIMIT 1`,
    )
    .get(Date.now()) as { slug: string; sectionSlug: string };
  const found = findArticle(newest.sectionSlug, newest.slug);
  if (found.kind !== "found") throw new Error("no public article");
  source = found.article;
});

afterAll(() => {
  closeDb();
  if (previousPath === undefined) delete process.env.DATABASE_PATH;
  else process.env.DATABASE_PATH = previousPath;
  fs.rmSync(tempDir, { recursive: true, force: true });
});

function write(articleId: number, change: string, ...params: unknown[]): void {
  const before = articleCacheFacts(getDb(), articleId);
  getDb()
    .$client.prepare(`UPDATE articles SET ${change} WHERE id = ?`)
    .run(...params, articleId);
  expire(tagsToExpire(before, articleCacheFacts(getDb(), articleId)));
}

describe("related stories in the data cache", () => {
  it("show a changed headline and drop a withdrawn story at once, spares filling in", async () => {
    const first = await getRelated(source);
    expect(first).toHaveLength(RELATED_MAX);
    const [changed, withdrawn] = first;

    write(changed!.id, "headline = ?", "Neue Schlagzeile nach der Korrektur");
    misses.length = 0;
    const afterEdit = await getRelated(source);
    expect(afterEdit.map((t) => t.id)).toEqual(first.map((t) => t.id));
    expect(afterEdit[0]!.headline).toBe("Neue Schlagzeile nach der Korrektur");
    // Only the teasers' one entry was read again (its tags name every listed article); the ids
    // came from the cache.
    expect(misses).toHaveLength(1);
    expect(misses[0]).toMatch(/^related-teasers\//);

    write(withdrawn!.id, "status = 'withdrawn'");
    const afterWithdrawal = await getRelated(source);
    expect(afterWithdrawal.map((t) => t.id)).not.toContain(withdrawn!.id);
    expect(afterWithdrawal).toHaveLength(RELATED_MAX);
    expect(afterWithdrawal.slice(0, RELATED_MAX - 1).map((t) => t.id)).toEqual(
      first.filter((t) => t.id !== withdrawn!.id).map((t) => t.id),
    );

    write(withdrawn!.id, "status = 'published'");
    expect((await getRelated(source)).map((t) => t.id)).toEqual(first.map((t) => t.id));
  });
});
