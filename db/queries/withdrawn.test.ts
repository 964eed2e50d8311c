import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import {
  findArticle,
  findAuthorPage,
  findFrontPage,
  findRelated,
  findSectionPage,
  findTeasers,
  findTopicPage,
  type ArticleTeaser,
  type ArticleView,
} from "./articles";
import { findArticleMonths, findFeed, findNewsArticles, findSitemapArticles } from "./crawlers";
import { findSearchTeasers } from "./search";

// A withdrawn article leaves every list readers and crawlers get, and comes back when it is
// published again: each list below is checked with the article in it first.

const NOW = Date.UTC(2025, 5, 15, 10, 30, 0);
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-withdrawn-test-"));
const previousPath = process.env.DATABASE_PATH;
const PUBLIC = "a.status IN ('published','scheduled') AND a.published_at <= ?";

let target: ArticleView;
/** An article whose related stories list the target. */
let neighbour: ArticleView;

function rows<T>(query: string, ...params: unknown[]): T[] {
  return getDb()
    .$client.prepare(query)
    .all(...params) as T[];
}

function setStatus(status: string): void {
  getDb().$client.prepare("UPDATE articles SET status = ? WHERE id = ?").run(status, target.id);
}

function view(slug: string, sectionSlug: string): ArticleView {
  const found = findArticle(sectionSlug, slug, NOW);
  if (found.kind !== "found") throw new Error(`no public article ${slug}`);
  return found.article;
}

beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = path.join(tempDir, "kiosk.db");
  seedDatabase(getDb(), { articles: 600, now: NOW });
  // The newest public article with an author and topics: on the first page of every listing.
  const [newest] = rows<{ slug: string; sectionSlug: string }>(
    `SELECT a.slug, s.slug AS sectionSlug FROM articles a JOIN sections s ON s.id = a.section_id
     WHERE ${PUBLIC} AND a.author_id IS NOT NULL
       AND EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id)
     ORDER BY a.published_at DESC LIMIT 1`,
    NOW,
  );
  target = view(newest!.slug, newest!.sectionSlug);
  const sharing = rows<{ slug: string; sectionSlug: string }>(
    `SELECT DISTINCT a.slug, s.slug AS sectionSlug FROM articles a
     JOIN sections s ON s.id = a.section_id JOIN article_tags t ON t.article_id = a.id
     WHERE ${PUBLIC} AND a.id != ? AND t.tag_id IN (SELECT tag_id FROM article_tags WHERE article_id = ?)
     ORDER BY a.published_at DESC LIMIT 100`,
    NOW,
    target.id,
    target.id,
  );
  const found = sharing
    .map((a) => view(a.slug, a.sectionSlug))
    .find((a) => findRelated(a, NOW).some((r) => r.id === target.id));
  if (!found) throw new Error("no article lists the target among its related stories");
  neighbour = found;
});

afterAll(() => {
  closeDb();
  if (previousPath === undefined) delete process.env.DATABASE_PATH;
  else process.env.DATABASE_PATH = previousPath;
  fs.rmSync(tempDir, { recursive: true, force: true });
});

/** Where the target shows up now, list by list. */
function listsShowing(): Record<string, boolean> {
  const has = (items: readonly { id: number }[] | undefined) =>
    (items ?? []).some((i) => i.id === target.id);
  const hasSlug = (items: readonly { slug?: string; path?: string }[]) =>
    items.some((i) => i.slug === target.slug || i.path?.endsWith(`/${target.slug}`));
  const front = findFrontPage(NOW);
  const frontTeasers: ArticleTeaser[] = [
    ...(front.lead ? [front.lead] : []),
    ...front.sections.flatMap((s) => s.articles),
  ];
  const month = new Date(target.publishedAt).toISOString().slice(0, 7);
  return {
    "front page": has(frontTeasers),
    "Ressort listing": has(findSectionPage(target.sectionSlug, 1, NOW)?.list.items),
    "author page": has(findAuthorPage(target.authorSlug!, 1, NOW)?.list.items),
    "topic pages": target.tags.every((tag) => has(findTopicPage(tag.slug, 1, NOW)?.list.items)),
    "related stories": has(findRelated(neighbour, NOW)),
    "related teaser": findTeasers([target.id], NOW).length > 0,
    feed: has(findFeed(null, NOW)?.items),
    "Ressort feed": has(findFeed(target.sectionSlug, NOW)?.items),
    "news sitemap": hasSlug(findNewsArticles(NOW)),
    "sitemap month": hasSlug(findSitemapArticles({ month }, NOW)),
    search: findSearchTeasers([target.id], NOW).has(target.id),
  };
}

describe("a withdrawn article", () => {
  it("leaves every list and comes back when published again", () => {
    const everywhere = Object.fromEntries(Object.keys(listsShowing()).map((k) => [k, true]));
    const nowhere = Object.fromEntries(Object.keys(everywhere).map((k) => [k, false]));
    const monthCount = () => findArticleMonths(NOW).reduce((n, m) => n + m.count, 0);
    expect(listsShowing()).toEqual(everywhere);
    const counted = monthCount();
    setStatus("withdrawn");
    try {
      expect(listsShowing()).toEqual(nowhere);
      expect(monthCount()).toBe(counted - 1);
      expect(findArticle(target.sectionSlug, target.slug, NOW)).toEqual({ kind: "missing" });
    } finally {
      setStatus("published");
    }
    expect(listsShowing()).toEqual(everywhere);
  });
});
