import type { APIRequestContext, Page } from "@playwright/test";
import { marker } from "./admin";
import { testDb, testDbWriter, type TestArticle } from "./db";
import { expect, test } from "./fixtures";

// What readers and crawlers meet when the newsroom withdraws an article and publishes it again.
// The first test sets the status in the database directly: the route gate reads it on every
// request, so the answer follows at once. Search is rendered per request and is checked here; the cached lists
// (listings, front page, related blocks, feeds, sitemaps) leave the article when the admin's
// action expires their tags: db/queries/withdrawn.test.ts checks that their reads leave it out,
// db/queries/article-cache.test.ts which tags a write expires, and the second test goes through
// the admin's buttons, which expire them.

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

/** Where a new story shows up: each public list that names it, true or false. */
async function listsNaming(
  request: APIRequestContext,
  page: Page,
  story: { slug: string; sectionSlug: string; headline: string },
) {
  const path = `/${story.sectionSlug}/${story.slug}`;
  const text = async (url: string) => {
    const answer = await request.get(url);
    expect(answer.status(), url).toBe(200);
    return answer.text();
  };
  const links = async (url: string) => {
    await page.goto(url);
    return (await page.locator(`main a[href="${path}"]`).count()) > 0;
  };
  return {
    "front page": await links("/"),
    "Ressort listing": await links(`/${story.sectionSlug}`),
    search: await links(`/suche?q=${encodeURIComponent(story.headline)}`),
    feed: (await text("/feed.xml")).includes(path),
    "Ressort feed": (await text(`/${story.sectionSlug}/feed.xml`)).includes(path),
    sitemap: (await text("/sitemap.xml")).includes(path),
    "news sitemap": (await text("/news-sitemap.xml")).includes(path),
  };
}

test("withdrawn in the admin, a story leaves every list at once and returns when republished", async ({
  adminPage: page,
  request,
  browser,
}) => {
  const headline = `Zurückgezogene Meldung ${marker()}`;
  await page.goto("/admin/artikel/neu");
  await page.getByLabel("Dachzeile").fill("Test");
  await page.getByLabel("Titel", { exact: true }).fill(headline);
  await page.getByLabel("Vorspann").fill(`Der Vorspann zu ${headline}.`);
  await page
    .getByLabel("Text", { exact: true })
    .fill("Ein Absatz.\n\n## Zwischentitel\n\nNoch einer.");
  await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await page.waitForURL(/\/admin\/artikel\/\d+\?ok=gespeichert/);
  const story = testDb()
    .prepare(
      `SELECT a.slug, s.slug AS sectionSlug FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE a.headline = ?`,
    )
    .get(headline) as { slug: string; sectionSlug: string };
  const reader = await (await browser.newContext()).newPage();
  const everywhere = await listsNaming(request, reader, { ...story, headline });
  expect(everywhere).toEqual(Object.fromEntries(Object.keys(everywhere).map((k) => [k, true])));

  await page.getByRole("button", { name: "Zurückziehen" }).click();
  await expect(page.locator("[data-status]")).toHaveText("Zurückgezogen");
  expect((await request.get(`/${story.sectionSlug}/${story.slug}`)).status()).toBe(410);
  expect(await listsNaming(request, reader, { ...story, headline })).toEqual(
    Object.fromEntries(Object.keys(everywhere).map((k) => [k, false])),
  );

  await page.getByRole("button", { name: "Wieder veröffentlichen" }).click();
  await expect(page.locator("[data-status]")).toHaveText("Veröffentlicht");
  expect((await request.get(`/${story.sectionSlug}/${story.slug}`)).status()).toBe(200);
  expect(await listsNaming(request, reader, { ...story, headline })).toEqual(everywhere);
  await reader.context().close();
});

test("a changed headline replaces the old one in other articles' related stories at once", async ({
  adminPage: page,
  request,
}) => {
  const m = marker();
  // Two new stories on a topic of their own: each is the other's first related story.
  const publish = async (headline: string) => {
    await page.goto("/admin/artikel/neu");
    await page.getByLabel("Dachzeile").fill("Test");
    await page.getByLabel("Titel", { exact: true }).fill(headline);
    await page.getByLabel("Vorspann").fill(`Der Vorspann zu ${headline}.`);
    await page.getByLabel("Text", { exact: true }).fill("Ein Absatz.\n\nNoch einer.");
    await page.getByLabel("Themen").fill(`Thema ${m}`);
    await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
    await page.waitForURL(/\/admin\/artikel\/\d+\?ok=gespeichert/);
    return page.url().replace(/\?.*$/, "");
  };
  const firstEditor = await publish(`Erste Meldung ${m}`);
  await publish(`Zweite Meldung ${m}`);
  const second = testDb()
    .prepare(
      `SELECT a.slug, s.slug AS sectionSlug FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE a.headline = ?`,
    )
    .get(`Zweite Meldung ${m}`) as { slug: string; sectionSlug: string };
  const secondUrl = `/${second.sectionSlug}/${second.slug}`;
  // Rendered and cached with the first story among its related ones.
  expect(await (await request.get(secondUrl)).text()).toContain(`Erste Meldung ${m}`);
  expect(await (await request.get(secondUrl)).text()).toContain(`Erste Meldung ${m}`);

  await page.goto(firstEditor);
  await page.getByLabel("Titel", { exact: true }).fill(`Berichtigte Meldung ${m}`);
  await page.getByRole("button", { name: "Speichern und veröffentlichen" }).click();
  await page.waitForURL(/\?ok=gespeichert/);

  const after = await (await request.get(secondUrl)).text();
  expect(after).toContain(`Berichtigte Meldung ${m}`);
  expect(after).not.toContain(`Erste Meldung ${m}`);
});
