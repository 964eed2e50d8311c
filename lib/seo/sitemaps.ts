// Sitemaps (sitemaps.org 0.9 with Google's image and news extensions) and how they are split.
import { toIsoWithOffsetFast } from "./dates";
import { absoluteUrl, NEWS_LANGUAGE, type SiteInfo } from "./site";
import { element, escapeXml, textElement, XML_DECLARATION } from "./xml";

/** One sitemap file may list at most 50,000 URLs (sitemaps.org). */
export const SITEMAP_URL_LIMIT = 50_000;
/** Google News: articles of the last two days, at most 1,000 per news sitemap. */
export const NEWS_WINDOW_MS = 48 * 3_600_000;
export const NEWS_LIMIT = 1_000;

const NS_SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NS_IMAGE = "http://www.google.com/schemas/sitemap-image/1.1";
const NS_NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

export interface SitemapUrl {
  path: string;
  /** Last change, epoch ms. */
  lastmod?: number | null;
  /** Paths of images shown on the page (the lead image). */
  images?: readonly string[];
}

// Written with plain template strings: this runs 50,000 times for a large sitemap.
function urlEntry(site: SiteInfo, u: SitemapUrl): string {
  let entry = `<url><loc>${escapeXml(absoluteUrl(site, u.path))}</loc>`;
  if (u.lastmod) entry += `<lastmod>${toIsoWithOffsetFast(u.lastmod)}</lastmod>`;
  for (const image of u.images ?? []) {
    entry += `<image:image><image:loc>${escapeXml(absoluteUrl(site, image))}</image:loc></image:image>`;
  }
  return `${entry}</url>`;
}

export function urlsetXml(site: SiteInfo, urls: readonly SitemapUrl[]): string {
  const entries = urls.map((u) => urlEntry(site, u)).join("\n");
  return `${XML_DECLARATION}<urlset xmlns="${NS_SITEMAP}" xmlns:image="${NS_IMAGE}">\n${entries}\n</urlset>\n`;
}

interface ChildSitemap {
  path: string;
  lastmod: number | null;
}

export function sitemapIndexXml(site: SiteInfo, children: readonly ChildSitemap[]): string {
  const parts = [XML_DECLARATION, `<sitemapindex xmlns="${NS_SITEMAP}">\n`];
  for (const c of children) {
    let inner = textElement("loc", absoluteUrl(site, c.path));
    if (c.lastmod) inner += textElement("lastmod", toIsoWithOffsetFast(c.lastmod));
    parts.push(element("sitemap", inner), "\n");
  }
  parts.push("</sitemapindex>\n");
  return parts.join("");
}

interface NewsEntry {
  path: string;
  title: string;
  publishedAt: number;
  /** The share image (PNG). */
  imagePath: string;
}

/** A Google News sitemap; the caller passes at most NEWS_LIMIT entries of the last 48 hours. */
export function newsSitemapXml(site: SiteInfo, entries: readonly NewsEntry[]): string {
  const publication = element(
    "news:publication",
    textElement("news:name", site.name) + textElement("news:language", NEWS_LANGUAGE),
  );
  const parts = [
    XML_DECLARATION,
    `<urlset xmlns="${NS_SITEMAP}" xmlns:news="${NS_NEWS}" xmlns:image="${NS_IMAGE}">\n`,
  ];
  for (const e of entries) {
    const news = element(
      "news:news",
      publication +
        textElement("news:publication_date", toIsoWithOffsetFast(e.publishedAt)) +
        textElement("news:title", e.title),
    );
    const image = element("image:image", textElement("image:loc", absoluteUrl(site, e.imagePath)));
    parts.push(element("url", textElement("loc", absoluteUrl(site, e.path)) + news + image), "\n");
  }
  parts.push("</urlset>\n");
  return parts.join("");
}

// ---- Splitting ------------------------------------------------------------------------------

/** Published articles of one calendar month (UTC), as counted for the split. */
export interface MonthCount {
  /** "2024-05" */
  month: string;
  count: number;
  lastmod: number;
}

export type ChildId =
  { kind: "pages"; part: number } | { kind: "articles"; month: string; part: number };

export type SitemapPlan =
  | { kind: "single"; total: number }
  | { kind: "index"; total: number; children: (ChildId & { lastmod: number | null })[] };

const SITEMAP_CHILD_BASE = "/sitemaps";

/** "seiten.xml", "seiten-2.xml", "artikel-2024-05.xml", "artikel-2024-05-2.xml". */
export function childFileName(id: ChildId): string {
  const suffix = id.part > 1 ? `-${id.part}` : "";
  return id.kind === "pages" ? `seiten${suffix}.xml` : `artikel-${id.month}${suffix}.xml`;
}

export function childPath(id: ChildId): string {
  return `${SITEMAP_CHILD_BASE}/${childFileName(id)}`;
}

/** The inverse of childFileName; null for anything else (part "1" is never written out). */
export function parseChildFileName(file: string): ChildId | null {
  const pages = /^seiten(?:-([2-9]|[1-9][0-9]{1,3}))?\.xml$/.exec(file);
  if (pages) return { kind: "pages", part: pages[1] ? Number(pages[1]) : 1 };
  const articles = /^artikel-(\d{4}-(?:0[1-9]|1[0-2]))(?:-([2-9]|[1-9][0-9]{1,3}))?\.xml$/.exec(
    file,
  );
  if (articles?.[1]) {
    return { kind: "articles", month: articles[1], part: articles[2] ? Number(articles[2]) : 1 };
  }
  return null;
}

/** How many non-article URLs there are and when the newest of them changed. */
export function sitemapPagesSummary(pages: readonly SitemapUrl[]) {
  const newest = Math.max(0, ...pages.map((p) => p.lastmod ?? 0));
  return { count: pages.length, lastmod: newest > 0 ? newest : null };
}

/** Epoch ms of the first instant of the month ("2024-05") and of the next month, UTC. */
export function monthRange(month: string): { from: number; to: number } {
  const [year, mon] = month.split("-").map(Number) as [number, number];
  return { from: Date.UTC(year, mon - 1, 1), to: Date.UTC(year, mon, 1) };
}

/**
 * One sitemap while everything fits into `limit` URLs; past that an index with one child for the
 * other pages and one per month of articles (a month past the limit is split into parts). Old
 * months never change, so their children stay cached and crawlers can skip them by lastmod.
 */
export function planSitemap(
  pages: { count: number; lastmod: number | null },
  months: readonly MonthCount[],
  limit = SITEMAP_URL_LIMIT,
): SitemapPlan {
  const total = pages.count + months.reduce((sum, m) => sum + m.count, 0);
  if (total <= limit) return { kind: "single", total };
  const children: (ChildId & { lastmod: number | null })[] = [];
  const pageParts = Math.max(1, Math.ceil(pages.count / limit));
  for (let part = 1; part <= pageParts; part++) {
    children.push({ kind: "pages", part, lastmod: pages.lastmod });
  }
  for (const m of [...months].sort((a, b) => b.month.localeCompare(a.month))) {
    const parts = Math.max(1, Math.ceil(m.count / limit));
    for (let part = 1; part <= parts; part++) {
      children.push({ kind: "articles", month: m.month, part, lastmod: m.lastmod });
    }
  }
  return { kind: "index", total, children };
}

/** The child of a plan a file name stands for, or null when the plan has no such child. */
export function findChild(plan: SitemapPlan, id: ChildId) {
  if (plan.kind !== "index") return null;
  return (
    plan.children.find(
      (c) =>
        c.kind === id.kind &&
        c.part === id.part &&
        (c.kind === "pages" || (id.kind === "articles" && c.month === id.month)),
    ) ?? null
  );
}
