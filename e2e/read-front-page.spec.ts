import { expect, test } from "@playwright/test";
import { oneArticle, PUBLIC, testDb } from "./db";

const RESSORTS = [
  ["Politik", "/politik"],
  ["News", "/news"],
  ["Economy", "/economy"],
  ["Lifestyle", "/lifestyle"],
  ["Sport", "/sport"],
  ["Kolumne", "/kolumne"],
] as const;

test("the front page links to every Ressort and shows the lead story", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  const nav = page.getByRole("navigation", { name: "Ressorts" });
  for (const [name, href] of RESSORTS) {
    await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("href", href);
  }
  await expect(page.locator("h1")).toHaveCount(1);

  const lead = oneArticle(
    `${PUBLIC} AND a.image_key IS NOT NULL AND s.slug != 'kolumne' ORDER BY a.published_at DESC`,
  );
  const leadRegion = page.getByRole("region", { name: "Aufmacher" });
  await expect(leadRegion.getByRole("link", { name: lead.headline })).toHaveAttribute(
    "href",
    `/${lead.sectionSlug}/${lead.slug}`,
  );
  await expect(leadRegion.locator("img")).toHaveAttribute("src", `/bilder/${lead.imageKey}.svg`);
  await expect(leadRegion.getByText(lead.teaser)).toBeVisible();

  // Each Ressort block holds its newest story.
  for (const [name, href] of RESSORTS) {
    const block = page.getByRole("region", { name, exact: true });
    await expect(block.getByRole("heading", { level: 2, name })).toBeVisible();
    // Not the stories other tests publish while this one runs (read-article.spec.ts schedules
    // one): the cached front page may not show them yet, and the block's other four stay.
    const newest = oneArticle(
      `s.slug = ? AND ${PUBLIC} AND a.id != ? AND a.slug NOT LIKE 'geplant-%' ORDER BY a.published_at DESC`,
      href.slice(1),
      // the lead story is shown once, at the top
      oneArticle(
        `${PUBLIC} AND a.image_key IS NOT NULL AND s.slug != 'kolumne' ORDER BY a.published_at DESC`,
      ).id,
    );
    await expect(block.locator(`a[href="/${newest.sectionSlug}/${newest.slug}"]`)).toBeVisible();
  }
});

test("Meistkommentiert lists the stories with the most approved comments", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("complementary", { name: "Meistkommentiert" });
  const items = box.getByRole("listitem");
  await expect(items).toHaveCount(5);
  const counts = await items.locator(".most-commented__count").allTextContents();
  const numbers = counts.map((c) => Number.parseInt(c, 10));
  expect([...numbers].sort((a, b) => b - a)).toEqual(numbers);
  // The numbers shown are the approved comments in the database.
  const firstHref = await items.first().getByRole("link").getAttribute("href");
  const slug = firstHref?.split("/")[2];
  const { approved } = testDb()
    .prepare(
      "SELECT COUNT(*) AS approved FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.slug = ? AND c.status = 'approved'",
    )
    .get(slug) as { approved: number };
  expect(numbers[0]).toBe(approved);
});

test("the footer links to the static pages", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  for (const [name, title] of [
    ["Impressum/Offenlegung", "Impressum und Offenlegung"],
    ["Datenschutz", "Datenschutz"],
    ["Kontakt", "Kontakt"],
  ] as const) {
    await footer.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await page.goBack();
  }
});
