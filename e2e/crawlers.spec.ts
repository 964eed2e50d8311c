import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import Parser from "rss-parser";
import { articlesWhere, oneArticle, PUBLIC, tagsOf, testDb, testDbWriter } from "./db";
import { E2E_BASE_URL } from "./env";

// What a search engine, a social network and a feed reader get from the site, parsed the way
// they parse it: the server's HTML without JavaScript, the JSON-LD, the XML files and the feeds.

test.use({ javaScriptEnabled: false });

const BASE = E2E_BASE_URL;
const SITE = "Kiosk";
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4}$/;
const HOUR = 3_600_000;

// An article whose headline tries everything: both kinds of quotes, a script end tag, an
// ampersand and emoji. It is written straight into the database before this file fetches any
// feed; it belongs to no topic, has no picture and is not the newest of its Ressort, so the
// pages other specs compare against the database do not change.
const TRICKY = {
  slug: "e2e-sonderzeichen-in-der-schlagzeile",
  section: "news",
  headline: `Er sagte: „Nie wieder“ – "Zitat" </script><script>alert(1)</script> & 🎉🇦🇹 Jubel`,
  teaser: `Ein Vorspann mit "Anführungszeichen", <b>Spitzklammern</b> & Emoji 👍.`,
};

test.beforeAll(() => {
  const db = testDbWriter();
  const newest = db
    .prepare(
      `SELECT MAX(a.published_at) AS t FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE s.slug = ? AND ${PUBLIC}`,
    )
    .get(TRICKY.section) as { t: number };
  db.prepare(
    `INSERT OR IGNORE INTO articles (slug, section_id, author_id, kicker, headline, teaser, body,
       status, published_at, updated_at)
     SELECT ?, id, NULL, '', ?, ?, ?, 'published', ?, ? FROM sections WHERE slug = ?`,
  ).run(
    TRICKY.slug,
    TRICKY.headline,
    TRICKY.teaser,
    "## Zwischentitel\n\nText mit </script> und 🎉.",
    newest.t - 60_000,
    newest.t + 9 * 60_000,
    TRICKY.section,
  );
});

// ---- helpers ---------------------------------------------------------------------------------

interface Head {
  title: string;
  lang: string | null;
  meta: Record<string, string[]>;
  canonical: string | null;
  feeds: { href: string; title: string }[];
  h1: number;
}

async function readHead(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const meta: Record<string, string[]> = {};
    for (const m of document.querySelectorAll("meta[name], meta[property]")) {
      const key = m.getAttribute("property") ?? m.getAttribute("name")!;
      (meta[key] ??= []).push(m.getAttribute("content") ?? "");
    }
    return {
      title: document.title,
      lang: document.documentElement.getAttribute("lang"),
      meta,
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
      feeds: [
        ...document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]'),
      ].map((l) => ({ href: l.getAttribute("href")!, title: l.getAttribute("title") ?? "" })),
      h1: document.querySelectorAll("h1").length,
    };
  });
}

type Node = Record<string, unknown> & { "@type": string };

async function readJsonLd(page: Page): Promise<Node[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t) as Node);
}

function node(nodes: Node[], type: string): Node {
  const found = nodes.filter((n) => n["@type"] === type);
  expect(found, `exactly one ${type}`).toHaveLength(1);
  expect(found[0]!["@context"]).toBe("https://schema.org");
  return found[0]!;
}

function one(head: Head, key: string): string {
  const values = head.meta[key] ?? [];
  expect(values, key).toHaveLength(1);
  return values[0]!;
}

/** Every page: title pattern, description, canonical, robots, Open Graph, Twitter, lang, one h1. */
function expectCrawlableHead(head: Head, canonical: string | null) {
  expect(head.lang).toBe("de");
  expect(head.h1).toBe(1);
  expect(head.title.length).toBeGreaterThan(0);
  const description = one(head, "description");
  expect(description.length).toBeGreaterThan(20);
  expect([...description].length).toBeLessThanOrEqual(160);
  if (canonical !== null) {
    expect(head.canonical).toBe(canonical);
    expect(one(head, "robots")).toContain("max-image-preview:large");
    expect(one(head, "og:url")).toBe(canonical);
  }
  expect(one(head, "og:site_name")).toBe(SITE);
  expect(one(head, "og:locale")).toBe("de_AT");
  expect(one(head, "og:title").length).toBeGreaterThan(0);
  expect(one(head, "og:description")).toBe(description);
  expect(one(head, "og:image")).toMatch(new RegExp(`^${BASE}/`));
  expect(one(head, "og:image:width")).toBe("1200");
  expect(one(head, "og:image:height")).toBe("630");
  expect(one(head, "twitter:card")).toBe("summary_large_image");
  expect(one(head, "twitter:image")).toBe(one(head, "og:image"));
  expect(head.feeds).toContainEqual({ href: `${BASE}/feed.xml`, title: `${SITE} – Alle Artikel` });
}

/** The text itself when it fits, else a shorter start of it ending in "…". */
function expectTrimmed(actual: string, full: string, max: number) {
  expect([...actual].length).toBeLessThanOrEqual(max);
  if ([...full].length <= max) expect(actual).toBe(full);
  else {
    expect(actual.endsWith("…")).toBe(true);
    expect(full.startsWith(actual.slice(0, -1))).toBe(true);
  }
}

function canonicalOf(path: string): string {
  return path === "/" ? BASE : `${BASE}${path}`;
}

function expectAbsolute(url: unknown) {
  expect(typeof url).toBe("string");
  expect(url as string).toMatch(new RegExp(`^${BASE}(/|$)`));
}

function expectIsoDate(value: unknown, ms?: number) {
  expect(value as string).toMatch(ISO_WITH_OFFSET);
  if (ms !== undefined) expect(Date.parse(value as string)).toBe(Math.floor(ms / 1000) * 1000);
}

/** Width and height from a PNG's IHDR chunk; fails for anything that is not a PNG. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(body.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/**
 * A cached XML file as it is now: a stale cache entry is served once while it is rebuilt in the
 * background, so ask again until the answer is a fresh HIT (what any later crawler gets).
 */
async function fresh(request: APIRequestContext, path: string) {
  let response = await request.get(path);
  for (let i = 0; i < 20 && response.headers()["x-nextjs-cache"] !== "HIT"; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    response = await request.get(path);
  }
  expect(response.status(), path).toBe(200);
  expect(response.headers()["x-nextjs-cache"], `${path} from the cache`).toBe("HIT");
  return response;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ["url", "sitemap", "image:image"].includes(name),
});

interface SitemapEntry {
  loc: string;
  lastmod?: string;
  "image:image"?: { "image:loc": string }[];
  "news:news"?: {
    "news:publication": { "news:name": string; "news:language": string };
    "news:publication_date": string;
    "news:title": string;
  };
}

async function sitemapEntries(request: APIRequestContext, path: string): Promise<SitemapEntry[]> {
  const response = await fresh(request, path);
  expect(response.headers()["content-type"]).toContain("application/xml");
  const doc = xml.parse(await response.text()) as { urlset?: { url?: SitemapEntry[] } };
  expect(doc.urlset, `${path} is a urlset`).toBeDefined();
  return doc.urlset?.url ?? [];
}

const rss = new Parser<Record<string, never>, { mediaContent: { $: Record<string, string> } }>({
  customFields: { item: [["media:content", "mediaContent"]] },
});

async function feed(request: APIRequestContext, path: string) {
  const response = await fresh(request, path);
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  return rss.parseString(await response.text());
}

/** Drafts and scheduled articles before their time. */
function hiddenArticles() {
  return articlesWhere(
    "(a.status = 'draft' OR (a.status = 'scheduled' AND a.published_at > unixepoch('subsec') * 1000))",
  );
}

function displayHeadline(a: { headline: string; sectionSlug: string; authorName: string | null }) {
  return a.sectionSlug === "kolumne" && a.authorName
    ? `${a.authorName}: ${a.headline}`
    : a.headline;
}

// ---- pages -----------------------------------------------------------------------------------

test("an article carries complete metadata and NewsArticle and BreadcrumbList JSON-LD", async ({
  page,
  request,
}) => {
  const article = oneArticle(
    `${PUBLIC} AND a.image_key IS NOT NULL AND a.author_id IS NOT NULL AND s.slug = 'politik'
     AND a.comment_count > 0 AND a.updated_at > a.published_at + 60000 ORDER BY a.published_at DESC`,
  );
  const { sectionName } = testDb()
    .prepare("SELECT name AS sectionName FROM sections WHERE slug = ?")
    .get(article.sectionSlug) as { sectionName: string };
  const tags = tagsOf(article.id).map((t) => t.name);
  const path = `/${article.sectionSlug}/${article.slug}`;
  const url = `${BASE}${path}`;
  const imageUrl = `${url}/opengraph-image`;
  const authorUrl = `${BASE}/autor/${article.authorSlug}`;

  await page.goto(path);
  const head = await readHead(page);
  expectCrawlableHead(head, url);
  expect(head.title).toBe(`${article.headline} | ${SITE}`);
  expectTrimmed(one(head, "description"), article.teaser, 160);
  expect(one(head, "og:type")).toBe("article");
  expect(one(head, "og:title")).toBe(article.headline);
  expect(one(head, "og:image")).toBe(imageUrl);
  expectIsoDate(one(head, "article:published_time"), article.publishedAt);
  expectIsoDate(one(head, "article:modified_time"), article.updatedAt);
  expect(one(head, "article:section")).toBe(sectionName);
  expect(one(head, "article:author")).toBe(authorUrl);
  expect([...(head.meta["article:tag"] ?? [])].sort()).toEqual([...tags].sort());
  expect(head.feeds).toContainEqual({
    href: `${BASE}/${article.sectionSlug}/feed.xml`,
    title: `${SITE} – ${sectionName}`,
  });

  const ld = await readJsonLd(page);
  const news = node(ld, "NewsArticle");
  expectTrimmed(news.headline as string, article.headline, 110);
  expect(news.description).toBe(one(head, "description"));
  expect(news.url).toBe(url);
  expect(news.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": url });
  const images = news.image as { "@type": string; url: string; width: number; height: number }[];
  expect(Array.isArray(images)).toBe(true);
  expect(images[0]).toEqual({ "@type": "ImageObject", url: imageUrl, width: 1200, height: 630 });
  expect(images.map((i) => i.url)).toContain(`${BASE}/bilder/${article.imageKey}.svg`);
  images.forEach((i) => expectAbsolute(i.url));
  expectIsoDate(news.datePublished, article.publishedAt);
  expectIsoDate(news.dateModified, article.updatedAt);
  expect(news.author).toEqual([{ "@type": "Person", name: article.authorName, url: authorUrl }]);
  const publisher = news.publisher as Record<string, unknown> & { logo: { url: string } };
  expect(publisher["@type"]).toBe("NewsMediaOrganization");
  expect(publisher.name).toBe(SITE);
  expectAbsolute(publisher.url);
  expect(publisher.logo).toMatchObject({ "@type": "ImageObject", url: `${BASE}/logo.png` });
  expect(news.articleSection).toBe(sectionName);
  expect([...(news.keywords as string[])].sort()).toEqual([...tags].sort());
  expect(news.inLanguage).toBe("de-AT");
  const { approved } = testDb()
    .prepare(
      "SELECT COUNT(*) AS approved FROM comments WHERE article_id = ? AND status = 'approved'",
    )
    .get(article.id) as { approved: number };
  expect(news.commentCount).toBe(approved);

  const crumbs = node(ld, "BreadcrumbList").itemListElement as Record<string, unknown>[];
  expect(crumbs).toEqual([
    { "@type": "ListItem", position: 1, name: "Startseite", item: `${BASE}/` },
    { "@type": "ListItem", position: 2, name: sectionName, item: `${BASE}/${article.sectionSlug}` },
    { "@type": "ListItem", position: 3, name: article.headline, item: url },
  ]);

  // The URLs in the structured data answer: the author page, the share image, the logo.
  expect((await request.get(authorUrl)).status()).toBe(200);
  const logo = await request.get(`${BASE}/logo.png`);
  expect(logo.headers()["content-type"]).toBe("image/png");
  const logoSize = pngSize(await logo.body());
  expect(logoSize.width).toBeGreaterThanOrEqual(112);
  expect(logoSize.height).toBeGreaterThanOrEqual(112);
});

test("the share images are 1200×630 PNGs, for articles and for the site", async ({ request }) => {
  const withImage = oneArticle(
    `${PUBLIC} AND a.image_key IS NOT NULL ORDER BY a.published_at DESC`,
  );
  const withoutImage = oneArticle(`${PUBLIC} AND a.image_key IS NULL ORDER BY a.published_at DESC`);
  for (const path of [
    `/${withImage.sectionSlug}/${withImage.slug}/opengraph-image`,
    `/${withoutImage.sectionSlug}/${withoutImage.slug}/opengraph-image`,
    "/opengraph-image",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    // Drawn once, then from the cache.
    expect((await request.get(path)).headers()["x-nextjs-cache"]).toBe("HIT");
  }
  const hidden = hiddenArticles()[0]!;
  expect(
    (await request.get(`/${hidden.sectionSlug}/${hidden.slug}/opengraph-image`)).status(),
  ).toBe(404);
  expect((await request.get("/politik/gibt-es-nicht/opengraph-image")).status()).toBe(404);
});

test("reply pages point to the article and stay out of the index", async ({ page }) => {
  const comment = testDb()
    .prepare(
      `SELECT c.id, a.slug, s.slug AS sectionSlug FROM comments c JOIN articles a ON a.id = c.article_id
       JOIN sections s ON s.id = a.section_id
       WHERE c.status = 'approved' AND a.comments_closed = 0 AND ${PUBLIC} LIMIT 1`,
    )
    .get() as { id: number; slug: string; sectionSlug: string };
  await page.goto(`/${comment.sectionSlug}/${comment.slug}?antworten=${comment.id}`);
  const head = await readHead(page);
  expect(head.canonical).toBe(`${BASE}/${comment.sectionSlug}/${comment.slug}`);
  expect(one(head, "robots")).toContain("noindex");
  expect(head.title).toMatch(/ – Antwort schreiben \| Kiosk$/);
});

test("the front page has WebSite with a SearchAction and the NewsMediaOrganization", async ({
  page,
}) => {
  await page.goto("/");
  const head = await readHead(page);
  expectCrawlableHead(head, BASE);
  expect(head.title).toBe(`${SITE} – Nachrichten aus Österreich und der Welt`);
  expect(one(head, "og:type")).toBe("website");

  const ld = await readJsonLd(page);
  const website = node(ld, "WebSite");
  expect(website.url).toBe(`${BASE}/`);
  expect(website.name).toBe(SITE);
  expect(website.inLanguage).toBe("de-AT");
  expect(website.potentialAction).toEqual({
    "@type": "SearchAction",
    target: { "@type": "EntryPoint", urlTemplate: `${BASE}/suche?q={search_term_string}` },
    "query-input": "required name=search_term_string",
  });
  const org = node(ld, "NewsMediaOrganization");
  expect(org.name).toBe(SITE);
  expect(org.url).toBe(`${BASE}/`);
  expect(org.logo).toMatchObject({ "@type": "ImageObject", url: `${BASE}/logo.png` });
  expect(website.publisher).toEqual({ "@id": org["@id"] });
  expectAbsolute(org.masthead);
});

test("Ressort listings: CollectionPage and BreadcrumbList, page n canonical to itself", async ({
  page,
}) => {
  const all = articlesWhere(`s.slug = 'politik' AND ${PUBLIC} ORDER BY a.published_at DESC`);
  for (const [path, n] of [
    ["/politik", 1],
    ["/politik/seite/2", 2],
  ] as const) {
    await page.goto(path);
    const head = await readHead(page);
    expectCrawlableHead(head, `${BASE}${path}`);
    expect(head.title).toBe(n === 1 ? `Politik | ${SITE}` : `Politik – Seite 2 | ${SITE}`);
    expect(head.feeds).toContainEqual({
      href: `${BASE}/politik/feed.xml`,
      title: `${SITE} – Politik`,
    });

    const ld = await readJsonLd(page);
    const collection = node(ld, "CollectionPage");
    expect(collection.url).toBe(`${BASE}${path}`);
    expect(collection.inLanguage).toBe("de-AT");
    const list = collection.mainEntity as { itemListElement: { position: number; url: string }[] };
    // The listed articles are the page's own, in order (the cached page may predate the seed's
    // newest story by a few minutes, so compare with the links on the page itself).
    const links = await page
      .locator(".article-list h2 a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(list.itemListElement.map((i) => i.url)).toEqual(links.map((h) => `${BASE}${h}`));
    expect(list.itemListElement.map((i) => i.position)).toEqual(links.map((_, i) => i + 1));
    expect(links.length).toBe(20);
    expect(all.map((a) => `/politik/${a.slug}`)).toEqual(expect.arrayContaining(links));

    const crumbs = node(ld, "BreadcrumbList").itemListElement as { item: string; name: string }[];
    expect(crumbs.map((c) => c.name)).toEqual(
      n === 1 ? ["Startseite", "Politik"] : ["Startseite", "Politik", "Seite 2"],
    );
    crumbs.forEach((c) => expectAbsolute(c.item));
  }
});

test("author pages are a ProfilePage about a Person; topic pages a CollectionPage", async ({
  page,
}) => {
  const article = oneArticle(`${PUBLIC} AND a.author_id IS NOT NULL ORDER BY a.published_at DESC`);
  const authorPath = `/autor/${article.authorSlug}`;
  await page.goto(authorPath);
  let head = await readHead(page);
  expectCrawlableHead(head, `${BASE}${authorPath}`);
  expect(head.title).toBe(`${article.authorName} | ${SITE}`);
  let ld = await readJsonLd(page);
  const profile = node(ld, "ProfilePage");
  expect(profile.url).toBe(`${BASE}${authorPath}`);
  expect(profile.mainEntity).toMatchObject({
    "@type": "Person",
    name: article.authorName,
    url: `${BASE}${authorPath}`,
  });
  expectIsoDate(profile.dateModified);
  node(ld, "BreadcrumbList");

  const tag = tagsOf(article.id)[0]!;
  await page.goto(`/thema/${tag.slug}`);
  head = await readHead(page);
  expectCrawlableHead(head, `${BASE}/thema/${tag.slug}`);
  expect(head.title).toBe(`Thema: ${tag.name} | ${SITE}`);
  ld = await readJsonLd(page);
  const collection = node(ld, "CollectionPage");
  expect(collection.about).toEqual({ "@type": "Thing", name: tag.name });
  expect(collection.url).toBe(`${BASE}/thema/${tag.slug}`);
  node(ld, "BreadcrumbList");
});

test("every public page has a unique title, one h1, lang, descriptive links and image alt texts", async ({
  page,
}) => {
  const article = oneArticle(
    `${PUBLIC} AND a.author_id IS NOT NULL AND a.image_key IS NOT NULL ORDER BY a.published_at DESC`,
  );
  const busyAuthor = testDb()
    .prepare(
      `SELECT au.slug FROM authors au JOIN articles a ON a.author_id = au.id WHERE ${PUBLIC}
       GROUP BY au.id HAVING COUNT(*) > 20 LIMIT 1`,
    )
    .get() as { slug: string };
  const busyTopic = testDb()
    .prepare(
      `SELECT g.slug FROM tags g JOIN article_tags t ON t.tag_id = g.id JOIN articles a ON a.id = t.article_id
       WHERE ${PUBLIC} GROUP BY g.id HAVING COUNT(*) > 20 LIMIT 1`,
    )
    .get() as { slug: string };
  const pages: [string, string | null][] = [
    ["/", BASE],
    ["/politik", null],
    ["/kolumne/seite/2", null],
    ["/sport/seite/3", null],
    [`/${article.sectionSlug}/${article.slug}`, null],
    [`/autor/${busyAuthor.slug}`, null],
    [`/autor/${busyAuthor.slug}/seite/2`, null],
    [`/thema/${busyTopic.slug}`, null],
    [`/thema/${busyTopic.slug}/seite/2`, null],
    ["/info/impressum", null],
    ["/info/datenschutz", null],
    ["/info/kontakt", null],
    ["/suche?q=Wien", "none"],
  ];
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  for (const [path, canonical] of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const head = await readHead(page);
    expectCrawlableHead(head, canonical === "none" ? null : (canonical ?? canonicalOf(path)));
    expect(titles.has(head.title), `title of ${path} is unique`).toBe(false);
    titles.add(head.title);
    const description = one(head, "description");
    if (canonical !== "none") {
      expect(descriptions.has(description), `description of ${path} is unique`).toBe(false);
      descriptions.add(description);
    } else {
      expect(one(head, "robots")).toContain("noindex");
    }
    expect(head.title.endsWith(` | ${SITE}`) || path === "/").toBe(true);

    const problems = await page.evaluate(() => {
      const found: string[] = [];
      for (const a of document.querySelectorAll("a[href]")) {
        const name = (
          a.getAttribute("aria-label") ??
          [a.textContent ?? "", ...[...a.querySelectorAll("img")].map((i) => i.alt)].join(" ")
        ).trim();
        if (name.length < 2 || /^(hier|mehr|link|weiter|klicken sie hier)$/i.test(name)) {
          found.push(`link ${a.getAttribute("href")}: "${name}"`);
        }
      }
      for (const img of document.querySelectorAll("img")) {
        // A 1×1 marker (the comment form's start image) is decorative: alt="" is right there.
        const marker = img.getAttribute("width") === "1" && img.getAttribute("alt") === "";
        if (!img.getAttribute("alt")?.trim() && !marker)
          found.push(`image ${img.getAttribute("src")}`);
      }
      return found;
    });
    expect(problems, path).toEqual([]);
  }
});

// ---- crawler files ---------------------------------------------------------------------------

test("robots.txt allows the site, keeps crawlers out of the admin and search, names both sitemaps", async ({
  request,
}) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const lines = (await response.text())
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const field = (name: string) =>
    lines
      .filter((l) => l.toLowerCase().startsWith(`${name}:`))
      .map((l) => l.slice(name.length + 1).trim());
  expect(field("user-agent")).toEqual(["*"]);
  expect(field("allow")).toEqual(["/"]);
  expect(field("disallow")).toEqual(expect.arrayContaining(["/admin", "/suche"]));
  expect(field("disallow")).not.toContain("/");
  expect(field("sitemap")).toEqual([`${BASE}/sitemap.xml`, `${BASE}/news-sitemap.xml`]);
});

test("sitemap.xml lists every public article with lastmod and lead image, and the other pages", async ({
  request,
}) => {
  const entries = await sitemapEntries(request, "/sitemap.xml");
  const locs = entries.map((e) => e.loc);
  expect(new Set(locs).size).toBe(locs.length);
  for (const e of entries) {
    expectAbsolute(e.loc);
    expect(e.lastmod, e.loc).toMatch(ISO_WITH_OFFSET);
  }
  const byLoc = new Map(entries.map((e) => [e.loc, e]));

  const published = articlesWhere(`${PUBLIC} AND a.slug != ?`, TRICKY.slug);
  for (const a of published) {
    const entry = byLoc.get(`${BASE}/${a.sectionSlug}/${a.slug}`);
    expect(entry, a.slug).toBeDefined();
    expect(Date.parse(entry!.lastmod!)).toBe(
      Math.floor(Math.max(a.publishedAt, a.updatedAt) / 1000) * 1000,
    );
    expect(entry!["image:image"]?.map((i) => i["image:loc"]) ?? []).toEqual(
      a.imageKey ? [`${BASE}/bilder/${a.imageKey}.svg`] : [],
    );
  }
  for (const a of hiddenArticles())
    expect(locs).not.toContain(`${BASE}/${a.sectionSlug}/${a.slug}`);

  expect(locs).toContain(`${BASE}/`);
  const db = testDb();
  for (const { slug } of db.prepare("SELECT slug FROM sections").all() as { slug: string }[]) {
    expect(locs).toContain(`${BASE}/${slug}`);
  }
  // Authors with a public article; one the newsroom has just created, without any, is left out.
  const authorSlugs = (
    db
      .prepare(
        `SELECT slug, EXISTS (SELECT 1 FROM articles a WHERE a.author_id = authors.id AND ${PUBLIC}) AS listed
         FROM authors`,
      )
      .all() as { slug: string; listed: number }[]
  ).map((a) => ({ ...a, listed: a.listed === 1 }));
  expect(authorSlugs.filter((a) => a.listed).length).toBeGreaterThan(5);
  for (const { slug, listed } of authorSlugs) {
    if (listed) expect(locs).toContain(`${BASE}/autor/${slug}`);
    else expect(locs).not.toContain(`${BASE}/autor/${slug}`);
  }
  const topics = db
    .prepare(
      `SELECT DISTINCT g.slug FROM tags g JOIN article_tags t ON t.tag_id = g.id
       JOIN articles a ON a.id = t.article_id WHERE ${PUBLIC}`,
    )
    .all() as { slug: string }[];
  expect(topics.length).toBeGreaterThan(10);
  for (const { slug } of topics) expect(locs).toContain(`${BASE}/thema/${slug}`);
  expect(locs.filter((l) => l.includes("/suche") || l.includes("/admin"))).toEqual([]);

  // Below 50,000 URLs there is one sitemap, so no index children exist.
  expect((await request.get("/sitemaps/seiten.xml")).status()).toBe(404);
});

test("news-sitemap.xml follows Google News: 48 hours, at most 1,000, publication, date, title", async ({
  request,
}) => {
  const entries = await sitemapEntries(request, "/news-sitemap.xml");
  const now = Date.now();
  expect(entries.length).toBeGreaterThan(5);
  expect(entries.length).toBeLessThanOrEqual(1000);
  const dates: number[] = [];
  for (const e of entries) {
    expectAbsolute(e.loc);
    const news = e["news:news"]!;
    expect(news["news:publication"]).toEqual({ "news:name": SITE, "news:language": "de" });
    expect(news["news:publication_date"]).toMatch(ISO_WITH_OFFSET);
    const date = Date.parse(news["news:publication_date"]);
    // Cached for at most a minute: allow a few minutes at the 48-hour edge.
    expect(now - date, e.loc).toBeLessThan(48 * HOUR + 5 * 60_000);
    expect(date).toBeLessThanOrEqual(now);
    dates.push(date);
    const slug = e.loc.split("/").pop()!;
    const [article] = articlesWhere(`a.slug = ? AND ${PUBLIC}`, slug);
    expect(article, slug).toBeDefined();
    expect(news["news:title"]).toBe(displayHeadline(article!));
    expect(e["image:image"]?.[0]?.["image:loc"]).toBe(`${e.loc}/opengraph-image`);
  }
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  // Everything of the last two days is there (minus a margin at the edge).
  const recent = articlesWhere(
    `${PUBLIC} AND a.published_at > ? AND a.slug != ?`,
    now - 47 * HOUR,
    TRICKY.slug,
  );
  expect(recent.length).toBeGreaterThan(5);
  const locs = entries.map((e) => e.loc);
  for (const a of recent) expect(locs).toContain(`${BASE}/${a.sectionSlug}/${a.slug}`);
  for (const a of hiddenArticles())
    expect(locs).not.toContain(`${BASE}/${a.sectionSlug}/${a.slug}`);
});

test("the RSS feeds: newest 50 with title, link, guid, RFC 822 date, description, category, creator, image", async ({
  request,
  page,
}) => {
  const site = await feed(request, "/feed.xml");
  expect(site.title).toBe(`${SITE} – Alle Artikel`);
  expect(site.link).toBe(`${BASE}/`);
  expect(site.language).toBe("de-AT");
  expect(site.items).toHaveLength(50);
  const newest = articlesWhere(
    `${PUBLIC} AND a.slug != ? ORDER BY a.published_at DESC LIMIT 49`,
    TRICKY.slug,
  );
  const links = site.items.map((i) => i.link);
  for (const a of newest) expect(links).toContain(`${BASE}/${a.sectionSlug}/${a.slug}`);

  const guids = new Set<string>();
  let previous = Infinity;
  for (const item of site.items) {
    expectAbsolute(item.link);
    const slug = item.link!.split("/").pop()!;
    const [article] = articlesWhere(`a.slug = ? AND ${PUBLIC}`, slug);
    expect(article, slug).toBeDefined();
    expect(item.title).toBe(displayHeadline(article!));
    expect(item.guid).toBeTruthy();
    guids.add(item.guid!);
    expect(item.pubDate).toMatch(RFC_822);
    const date = Date.parse(item.pubDate!);
    expect(date).toBe(Math.floor(article!.publishedAt / 1000) * 1000);
    expect(date).toBeLessThanOrEqual(previous);
    previous = date;
    expect(item.content).toBe(article!.teaser);
    const { name: sectionName } = testDb()
      .prepare("SELECT name FROM sections WHERE slug = ?")
      .get(article!.sectionSlug) as { name: string };
    expect(item.categories?.[0]).toBe(sectionName);
    expect(item.creator).toBe(article!.authorName ?? "Redaktion");
    expect(item.mediaContent.$).toMatchObject({
      url: `${BASE}/${article!.sectionSlug}/${article!.slug}/opengraph-image`,
      medium: "image",
      type: "image/png",
      width: "1200",
      height: "630",
    });
  }
  expect(guids.size).toBe(50);

  const politik = await feed(request, "/politik/feed.xml");
  expect(politik.title).toBe(`${SITE} – Politik`);
  expect(politik.link).toBe(`${BASE}/politik`);
  expect(politik.items.length).toBe(50);
  for (const item of politik.items) expect(item.link).toMatch(new RegExp(`^${BASE}/politik/`));
  expect((await request.get("/gibtsnicht/feed.xml")).status()).toBe(404);

  // Drafts and scheduled articles are in no feed.
  const hidden = hiddenArticles();
  for (const slug of ["politik", "news", "economy", "lifestyle", "sport", "kolumne"]) {
    const f = slug === "politik" ? politik : await feed(request, `/${slug}/feed.xml`);
    const all = [...f.items, ...site.items].map((i) => i.link);
    for (const a of hidden) expect(all).not.toContain(`${BASE}/${a.sectionSlug}/${a.slug}`);
  }

  // The pages advertise the feeds.
  await page.goto("/sport");
  expect((await readHead(page)).feeds.map((f) => f.href)).toEqual([
    `${BASE}/feed.xml`,
    `${BASE}/sport/feed.xml`,
  ]);
});

test("a headline with quotes, </script> and emoji survives escaped into title, tags, JSON-LD and feed", async ({
  page,
  request,
}) => {
  const path = `/${TRICKY.section}/${TRICKY.slug}`;
  const html = await (await request.get(path)).text();
  // The raw HTML never contains the markup from the headline as markup.
  expect(html).not.toContain("<script>alert(1)</script>");
  expect(html).not.toContain("<b>Spitzklammern</b>");

  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(path);
  const head = await readHead(page);
  expect(head.title).toBe(`${TRICKY.headline} | ${SITE}`);
  expect(one(head, "og:title")).toBe(TRICKY.headline);
  expect(one(head, "twitter:title")).toBe(TRICKY.headline);
  expect(one(head, "description")).toBe(TRICKY.teaser);
  expect(one(head, "og:description")).toBe(TRICKY.teaser);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TRICKY.headline);
  // No script element came out of the headline.
  const scripts = await page.locator("script:not([type='application/ld+json'])").allTextContents();
  expect(scripts.filter((s) => s.includes("alert(1)") && !s.includes("__next_f"))).toEqual([]);

  const ld = await readJsonLd(page);
  expect(ld).toHaveLength(2);
  const news = node(ld, "NewsArticle");
  expect(news.headline).toBe(TRICKY.headline);
  expect(news.description).toBe(TRICKY.teaser);
  expect(news.author).toEqual([{ "@type": "NewsMediaOrganization", name: SITE, url: `${BASE}/` }]);
  expect((node(ld, "BreadcrumbList").itemListElement as { name: string }[])[2]!.name).toBe(
    TRICKY.headline,
  );

  // The share image is drawn without the emoji (no font download) and still answers a PNG.
  const image = await request.get(`${path}/opengraph-image`);
  expect(image.status()).toBe(200);
  expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });

  const news_ = await feed(request, `/${TRICKY.section}/feed.xml`);
  const item = news_.items.find((i) => i.link === `${BASE}${path}`);
  expect(item, "the article is in its Ressort's feed").toBeDefined();
  expect(item!.title).toBe(TRICKY.headline);
  expect(item!.content).toBe(TRICKY.teaser);
  expect(item!.creator).toBe("Redaktion");
  expect(dialogs).toEqual([]);
});
