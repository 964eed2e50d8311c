import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { testDb, testDbWriter, type TestArticle } from "./db";

// What readers and crawlers meet when the newsroom withdraws an article and publishes it again.
// The status is set in the database directly: the route gate reads it on every request, so the
// answer follows at once. Search is rendered per request and is checked here; the cached lists
// (listings, front page, related blocks, feeds, sitemaps) leave the article when the admin's
// action expires their tags: db/queries/withdrawn.test.ts checks that their reads leave it out,
// db/queries/article-cache.test.ts which tags a write expires.

function setStatus(article: TestArticle, status: "withdrawn" | "published"): void {
  testDbWriter().prepare("UPDATE articles SET status = ? WHERE id = ?").run(status, article.id);
}

function sectionName(article: TestArticle): string {
  const row = testDb().prepare("SELECT name FROM sections WHERE slug = ?").get(article.sectionSlug);
  return (row as { name: string }).name;
}

/** The links to the article among the search results for its headline. */
async function searchHits(page: Page, article: TestArticle) {
  await page.goto(`/suche?q=${encodeURIComponent(article.headline)}`);
  return page.locator(`.search-result a[href="/${article.sectionSlug}/${article.slug}"]`).count();
}

test("a withdrawn article answers 410 Gone on every URL and leaves search; republished, it is back", async ({
  page,
  request,
  article,
}) => {
  const url = `/${article.sectionSlug}/${article.slug}`;
  // An earlier slug of the article (as a slug change leaves it).
  const oldSlug = `frueher-${article.slug}`.slice(0, 200);
  testDbWriter()
    .prepare("INSERT INTO article_slug_history (slug, article_id) VALUES (?, ?)")
    .run(oldSlug, article.id);
  const other = testDb()
    .prepare("SELECT slug FROM sections WHERE slug != ? LIMIT 1")
    .get(article.sectionSlug) as { slug: string };

  expect((await request.get(url)).status()).toBe(200);
  expect(await searchHits(page, article)).toBeGreaterThan(0);

  setStatus(article, "withdrawn");
  try {
    const response = await page.goto(url);
    expect(response?.status()).toBe(410);
    expect(response?.headers()["cache-control"]).toBe("no-store");
    // The site's own page, in its layout, with a way on.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Dieser Artikel wurde zurückgezogen.",
    );
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expect(
      page.getByRole("main").getByRole("link", { name: "Zur Startseite" }),
    ).toHaveAttribute("href", "/");
    await expect(
      page.getByRole("link", { name: `Weiter zum Ressort ${sectionName(article)}` }),
    ).toHaveAttribute("href", `/${article.sectionSlug}`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page).toHaveTitle(/Artikel zurückgezogen/);
    await expect(page.getByText(article.headline)).toHaveCount(0);

    // Every other URL of the article: the same answer, no redirect first.
    for (const path of [
      `/${article.sectionSlug}/${oldSlug}`,
      `/${other.slug}/${article.slug}`,
      `${url}?kommentare=2`,
      `${url}/kommentare/2`,
      `${url}?antworten=1`,
      `${url}/opengraph-image`,
    ]) {
      const answer = await request.get(path, { maxRedirects: 0 });
      expect(answer.status(), path).toBe(410);
      expect(answer.headers()["cache-control"], path).toBe("no-store");
      expect(await answer.text(), path).toContain("Dieser Artikel wurde zurückgezogen.");
    }
    // The page itself is no address of its own.
    expect((await request.get(`/_zurueckgezogen/${article.sectionSlug}`)).status()).toBe(404);

    expect(await searchHits(page, article)).toBe(0);
  } finally {
    setStatus(article, "published");
  }

  // Published again: the gate follows the database at once.
  expect((await request.get(url)).status()).toBe(200);
  const moved = await request.get(`/${article.sectionSlug}/${oldSlug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toBe(url);
  expect(await searchHits(page, article)).toBeGreaterThan(0);
});
