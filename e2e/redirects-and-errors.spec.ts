import { expect, test } from "@playwright/test";
import { oneArticle, PUBLIC, testDb } from "./db";

test("an article under the wrong Ressort redirects permanently to its URL", async ({ request }) => {
  const article = oneArticle(`${PUBLIC} AND s.slug = 'economy' ORDER BY a.published_at DESC`);
  const response = await request.get(`/sport/${article.slug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe(`/economy/${article.slug}`);
});

test("an old slug redirects permanently to the current URL", async ({ request }) => {
  const old = testDb()
    .prepare(
      `SELECT h.slug AS oldSlug, a.slug, s.slug AS sectionSlug FROM article_slug_history h
       JOIN articles a ON a.id = h.article_id JOIN sections s ON s.id = a.section_id
       WHERE ${PUBLIC} LIMIT 1`,
    )
    .get() as { oldSlug: string; slug: string; sectionSlug: string };
  const response = await request.get(`/${old.sectionSlug}/${old.oldSlug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe(`/${old.sectionSlug}/${old.slug}`);
});

test("a trailing slash redirects to the URL without it", async ({ request }) => {
  const response = await request.get("/politik/", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe("/politik");
});

test("unknown URLs get the site's own 404 page with status 404", async ({ page }) => {
  for (const url of [
    "/gibtsnicht",
    "/politik/gibt-es-nicht",
    "/autor/niemand",
    "/thema/nichts",
    "/info/geheim",
    "/politik/seite/abc",
    "/politik/a/b/c",
    "/bilder/politik-0.svg",
    "/politik/..%2F..%2Fetc%2Fpasswd",
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    if (!url.startsWith("/bilder/")) {
      await expect(page.getByRole("heading", { level: 1 }), url).toHaveText("Seite nicht gefunden");
      await expect(page.getByRole("navigation", { name: "Ressorts" })).toBeVisible();
    }
  }
});

test("a broken percent-encoding is a bad request, not a server error", async ({ request }) => {
  for (const url of ["/%E0%A4%A", "/politik/%C3%28", "/suche%"]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(400);
    expect(await response.text()).toContain("Ungültige Adresse");
  }
});

test("the files in public/ are served as they are (no 404 for the browser's favicon request)", async ({
  request,
}) => {
  for (const [path, type] of [
    ["/favicon.ico", "image/"],
    ["/apple-touch-icon.png", "image/png"],
    ["/humans.txt", "text/plain"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
  }
});
