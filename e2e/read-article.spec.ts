import { expect, test } from "@playwright/test";
import { formatDateTime } from "@/lib/dates";
import { articlesWhere, oneArticle, PUBLIC, tagsOf, testDb, testDbWriter } from "./db";

test("an article shows every element in the SPEC's order", async ({ page }) => {
  const article = oneArticle(
    `${PUBLIC} AND a.kicker != '' AND a.image_key IS NOT NULL AND a.author_id IS NOT NULL
     AND a.updated_at > a.published_at + 60000 AND s.slug != 'kolumne' ORDER BY a.published_at DESC`,
  );
  const response = await page.goto(`/${article.sectionSlug}/${article.slug}`);
  expect(response?.status()).toBe(200);

  const breadcrumb = page.getByRole("navigation", { name: "Brotkrumennavigation" });
  await expect(breadcrumb.getByRole("link", { name: "Startseite" })).toHaveAttribute("href", "/");
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(article.headline);
  await expect(page.locator(".article__kicker")).toHaveText(article.kicker);
  await expect(page.locator(".article__lead")).toHaveText(article.teaser);
  const authorLink = page.locator(".article__author a");
  await expect(authorLink).toHaveText(article.authorName!);
  await expect(authorLink).toHaveAttribute("href", `/autor/${article.authorSlug}`);
  const published = page.locator(".article__date time").first();
  // The SPEC's form, "30. Dezember 2022 12:49", in Vienna time (lib/dates.test.ts pins the formatter).
  await expect(published).toHaveText(formatDateTime(article.publishedAt));
  await expect(published).toHaveText(/^\d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4} \d\d:\d\d$/);
  expect(Date.parse((await published.getAttribute("datetime"))!)).toBe(
    Math.floor(article.publishedAt / 1000) * 1000,
  );
  await expect(page.locator(".article__updated")).toContainText("aktualisiert");
  const figure = page.locator(".article__figure");
  await expect(figure.locator("img")).toHaveAttribute("src", `/bilder/${article.imageKey}.svg`);
  await expect(figure.locator("figcaption")).toContainText(article.imageCaption);
  await expect(figure.locator("figcaption")).toContainText(article.imageCredit);
  const subheadings = [...article.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
  await expect(page.locator(".article__body h2")).toHaveText(subheadings);
  const tags = tagsOf(article.id);
  const tagNav = page.getByRole("navigation", { name: "Themen" });
  for (const tag of tags) {
    await expect(tagNav.getByRole("link", { name: tag.name, exact: true })).toHaveAttribute(
      "href",
      `/thema/${tag.slug}`,
    );
  }

  // Document order: breadcrumb › Ressort › kicker › h1 › lead › author › time › image › body › tags › related › comments.
  const order = await page.evaluate(() => {
    const selectors = [
      ".breadcrumb",
      ".article__section",
      ".article__kicker",
      "h1",
      ".article__lead",
      ".article__author",
      ".article__date time",
      ".article__figure",
      ".article__body",
      ".article__tags",
      ".related",
      "#kommentare",
    ];
    const nodes = selectors.map((s) => document.querySelector(s));
    return nodes.every(
      (n, i) =>
        n !== null &&
        (i === 0 || nodes[i - 1]!.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
  });
  expect(order).toBe(true);
  await expect(page.locator("h1")).toHaveCount(1);
});

test("related stories exclude the article itself, drafts and duplicates and prefer shared topics", async ({
  page,
}) => {
  const article = oneArticle(`${PUBLIC} AND s.slug = 'sport' ORDER BY a.published_at DESC`);
  await page.goto(`/${article.sectionSlug}/${article.slug}`);
  const related = page.getByRole("region", { name: "Das könnte Sie auch interessieren" });
  const hrefs = await related
    .getByRole("link")
    .evaluateAll((links) => links.map((l) => l.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThanOrEqual(6);
  expect(hrefs.length).toBeLessThanOrEqual(10);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  expect(hrefs).not.toContain(`/${article.sectionSlug}/${article.slug}`);

  const slugs = hrefs.map((h) => h.split("/")[2]!);
  const shown = articlesWhere(`a.slug IN (${slugs.map(() => "?").join(",")})`, ...slugs);
  expect(shown).toHaveLength(slugs.length);
  for (const s of shown) {
    expect(["published", "scheduled"]).toContain(s.status);
    expect(s.publishedAt).toBeLessThanOrEqual(Date.now());
  }
  // Shared topics first: the number of shared topics never increases down the list.
  const shared = slugs.map(
    (slug) =>
      (
        testDb()
          .prepare(
            `SELECT COUNT(*) AS n FROM article_tags t1 JOIN article_tags t2 ON t1.tag_id = t2.tag_id
             JOIN articles a ON a.id = t2.article_id WHERE t1.article_id = ? AND a.slug = ?`,
          )
          .get(article.id, slug) as { n: number }
      ).n,
  );
  expect(shared[0]).toBeGreaterThan(0);
  expect([...shared].sort((a, b) => b - a)).toEqual(shared);
  // Each entry has its Ressort label.
  await expect(related.locator(".related__section")).toHaveCount(hrefs.length);
});

test("drafts and scheduled articles are not public", async ({ request }) => {
  const hidden = articlesWhere(
    "(a.status = 'draft' OR (a.status = 'scheduled' AND a.published_at > unixepoch('subsec') * 1000))",
  );
  expect(hidden.map((a) => a.status)).toEqual(expect.arrayContaining(["draft", "scheduled"]));
  for (const a of hidden) {
    const response = await request.get(`/${a.sectionSlug}/${a.slug}`, { maxRedirects: 0 });
    expect(response.status(), a.slug).toBe(404);
  }
  // and they never appear in a listing or as a related story
  const listing = await (await request.get("/politik")).text();
  for (const a of hidden) expect(listing).not.toContain(a.slug);
});

test("a scheduled article appears at its time, even if its URL was asked for before", async ({
  request,
}) => {
  const writer = testDbWriter();
  const base = oneArticle(`${PUBLIC} AND s.slug = 'lifestyle' ORDER BY a.published_at ASC`);
  const slug = `geplant-${Date.now().toString(36)}`;
  const publishAt = Date.now() + 5_000;
  writer
    .prepare(
      `INSERT INTO articles (slug, section_id, headline, teaser, body, status, published_at, updated_at)
       SELECT ?, section_id, 'Ein geplanter Artikel', teaser, body, 'scheduled', ?, ? FROM articles WHERE id = ?`,
    )
    .run(slug, publishAt, publishAt, base.id);
  const url = `/lifestyle/${slug}`;
  expect((await request.get(url)).status()).toBe(404);
  await new Promise((r) => setTimeout(r, publishAt - Date.now() + 200));
  // The cached "not found" expires at the publication time; at most one stale answer follows.
  let status = 0;
  for (let i = 0; i < 20 && status !== 200; i++) {
    status = (await request.get(url)).status();
    if (status !== 200) await new Promise((r) => setTimeout(r, 500));
  }
  expect(status).toBe(200);
});
