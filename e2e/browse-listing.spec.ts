import { expect, test } from "@playwright/test";
import { articlesWhere, PUBLIC } from "./db";

test("a Ressort listing shows 20 stories a page, newest first, and paginates", async ({ page }) => {
  const all = articlesWhere(`s.slug = 'politik' AND ${PUBLIC} ORDER BY a.published_at DESC`);
  expect(all.length).toBeGreaterThan(40);

  await page.goto("/politik");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Politik");
  const items = page.locator(".article-list > li");
  await expect(items).toHaveCount(20);
  const firstPage = await items
    .getByRole("heading", { level: 2 })
    .getByRole("link")
    .evaluateAll((links) => links.map((l) => l.getAttribute("href")));
  expect(firstPage).toEqual(all.slice(0, 20).map((a) => `/politik/${a.slug}`));

  // Every story shows kicker (when it has one), headline, teaser and time.
  const first = all[0]!;
  const card = items.first();
  await expect(card.getByText(first.teaser)).toBeVisible();
  if (first.kicker) await expect(card.getByText(first.kicker, { exact: true })).toBeVisible();
  await expect(card.locator("time")).toHaveAttribute(
    "datetime",
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/,
  );
  if (first.imageKey) await expect(card.locator("img")).toHaveAttribute("width", "1200");

  const pagination = page.getByRole("navigation", { name: "Seitennavigation" });
  await pagination.getByRole("link", { name: /Nächste Seite/ }).click();
  await expect(page).toHaveURL(/\/politik\/seite\/2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Politik – Seite 2");
  const secondPage = await page
    .locator(".article-list > li h2 a")
    .evaluateAll((links) => links.map((l) => l.getAttribute("href")));
  expect(secondPage).toEqual(all.slice(20, 40).map((a) => `/politik/${a.slug}`));
  await expect(
    page
      .getByRole("navigation", { name: "Seitennavigation" })
      .getByRole("link", { name: /Vorherige Seite/ }),
  ).toHaveAttribute("href", "/politik");

  // The last page exists, the one after it does not.
  const lastPage = Math.ceil(all.length / 20);
  expect((await page.goto(`/politik/seite/${lastPage}`))?.status()).toBe(200);
  expect((await page.goto(`/politik/seite/${lastPage + 1}`))?.status()).toBe(404);
});

test("page 1 of a listing redirects to the listing itself", async ({ request }) => {
  const response = await request.get("/politik/seite/1", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe("/politik");
});

test("nonsense page numbers are 404s", async ({ request }) => {
  for (const n of ["0", "-1", "1.5", "02", "abc", "99999999999"]) {
    const response = await request.get(`/politik/seite/${n}`, { maxRedirects: 0 });
    expect(response.status(), n).toBe(404);
  }
});

test("author and topic pages list their articles", async ({ page }) => {
  const [article] = articlesWhere(
    `${PUBLIC} AND a.author_id IS NOT NULL AND s.slug = 'economy' ORDER BY a.published_at DESC LIMIT 1`,
  );
  await page.goto(`/autor/${article!.authorSlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article!.authorName!);
  await expect(page.locator(`a[href="/economy/${article!.slug}"]`).first()).toBeVisible();

  await page.goto(`/economy/${article!.slug}`);
  const topics = page.getByRole("navigation", { name: "Themen" });
  const topicLink = topics.getByRole("link").first();
  const topicName = await topicLink.textContent();
  await topicLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(topicName!);
  await expect(page.locator(".article-list > li").first()).toBeVisible();
});
