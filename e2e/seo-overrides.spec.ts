import { expect, test } from "./fixtures";
import { testDbWriter } from "./db";

test("an article's SEO title and description replace headline and lead in its <head>, not on the page", async ({
  request,
  article,
}) => {
  const seoTitle = `Suchmaschinentitel ${article.id}`;
  const seoDescription = `Eine eigene Beschreibung für Suchmaschinen, Artikel ${article.id}.`;
  testDbWriter()
    .prepare("UPDATE articles SET seo_title = ?, seo_description = ? WHERE id = ?")
    .run(seoTitle, seoDescription, article.id);
  const html = await (await request.get(`/${article.sectionSlug}/${article.slug}`)).text();
  expect(html).toMatch(new RegExp(`<title>${seoTitle}[^<]*</title>`));
  expect(html).toContain(`<meta name="description" content="${seoDescription}"/>`);
  // The reader still sees the headline.
  expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  expect(html).not.toMatch(new RegExp(`<h1[^>]*>${seoTitle}`));
});
