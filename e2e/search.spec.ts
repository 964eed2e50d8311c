import { expect, test } from "@playwright/test";
import { oneArticle, PUBLIC, testDb } from "./db";

/** A word with an umlaut from the article's body that only few articles contain. */
function rareUmlautWord(body: string): string {
  const words = [...new Set(body.match(/\p{L}*[äöü]\p{L}*/gu) ?? [])].filter((w) => w.length >= 7);
  const count = testDb().prepare(
    "SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH ?",
  );
  const ranked = words
    .map((w) => ({ w, n: (count.get(`"${w}"`) as { n: number }).n }))
    .sort((a, b) => a.n - b.n);
  if (!ranked[0]) throw new Error("no umlaut word in the body");
  return ranked[0].w;
}

test("search finds an article by a word from its body, regardless of case and umlauts", async ({
  page,
}) => {
  const article = oneArticle(`${PUBLIC} AND a.body GLOB '*[äöü]*' ORDER BY a.published_at DESC`);
  const word = rareUmlautWord(article.body);
  const spellings = [
    word,
    word.toUpperCase(),
    word.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue"),
    word.replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u").toLowerCase(),
  ];
  for (const q of spellings) {
    const response = await page.goto(`/suche?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Suchergebnisse für „${q}“`);
    await expect(page.getByRole("status")).toContainText("Treffer");
    // Results are paginated 20 a page; the article is on one of the first pages.
    let found = false;
    for (let p = 1; p <= 5 && !found; p++) {
      if (p > 1) await page.goto(`/suche?q=${encodeURIComponent(q)}&seite=${p}`);
      found =
        (await page
          .locator(`.search-result a[href="/${article.sectionSlug}/${article.slug}"]`)
          .count()) > 0;
    }
    expect(found, q).toBe(true);
    await expect(page.locator(".search-result__snippet mark").first()).toBeVisible();
  }
});

test("a word in the headline ranks the article first", async ({ page }) => {
  const article = oneArticle(`${PUBLIC} ORDER BY a.published_at DESC`);
  await page.goto(`/suche?q=${encodeURIComponent(article.headline)}`);
  await expect(page.locator(".search-result h2 a").first()).toHaveAttribute(
    "href",
    `/${article.sectionSlug}/${article.slug}`,
  );
});

test("prefixes match", async ({ page }) => {
  const article = oneArticle(`${PUBLIC} ORDER BY a.published_at DESC`);
  const word = article.headline.split(/[^\p{L}]+/u).find((w) => w.length >= 8)!;
  await page.goto(`/suche?q=${encodeURIComponent(word.slice(0, 6))}`);
  await expect(page.getByRole("status")).toContainText("Treffer");
});

test("empty, absurd and unknown queries get a friendly page", async ({ page }) => {
  const cases: [string, RegExp][] = [
    ["/suche", /Geben Sie einen Suchbegriff ein/],
    ["/suche?q=", /Geben Sie einen Suchbegriff ein/],
    ["/suche?q=%20%20", /Geben Sie einen Suchbegriff ein/],
    [`/suche?q=${encodeURIComponent('"*()^:-')}`, /nicht verarbeiten/],
    [
      `/suche?q=${encodeURIComponent("' OR 1=1; DROP TABLE articles; --")}`,
      /nichts gefunden|Treffer/,
    ],
    ["/suche?q=xyzzyquux", /nichts gefunden/],
    [`/suche?q=${"a".repeat(300)}`, /zu lang/],
    ["/suche?q=wien&seite=-5", /Treffer|nichts gefunden/],
    ["/suche?q=%E0%A4%A", /Suche|Treffer|nichts gefunden|nicht verarbeiten/],
  ];
  for (const [url, text] of cases) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBeLessThan(500);
    await expect(page.locator("main"), url).toContainText(text);
  }
});
