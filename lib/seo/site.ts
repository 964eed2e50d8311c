// Who the site is to crawlers: origin, name, language, and the fixed paths of its crawler files.
import { env } from "@/lib/env";

export interface SiteInfo {
  /** Absolute origin without trailing slash, e.g. "https://kiosk.example". */
  url: string;
  name: string;
}

/** The running site (SITE_URL, SITE_NAME). Builders take a SiteInfo so tests can pass their own. */
export function currentSite(): SiteInfo {
  return { url: env.siteUrl, name: env.siteName };
}

/** BCP 47 for HTML, JSON-LD and RSS; Open Graph wants the underscore form. */
export const LANGUAGE = "de-AT";
export const OG_LOCALE = "de_AT";
/** Google News wants the ISO 639 language code alone. */
export const NEWS_LANGUAGE = "de";

/** Share images (Open Graph, Twitter, JSON-LD, feeds) are PNGs in the Open Graph size. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
export const SITE_IMAGE_PATH = "/opengraph-image";
export const LOGO_PATH = "/logo.png";
export const LOGO_SIZE = { width: 512, height: 512 } as const;

export const FEED_PATH = "/feed.xml";
export const SITEMAP_PATH = "/sitemap.xml";
export const NEWS_SITEMAP_PATH = "/news-sitemap.xml";

/** The article's share image (app/[ressort]/[slug]/opengraph-image.tsx). */
export function articleImagePath(a: { sectionSlug: string; slug: string }): string {
  return `/${a.sectionSlug}/${a.slug}/opengraph-image`;
}

/** A lead image (SVG, drawn by lib/lead-image.ts via app/bilder). */
export function leadImagePath(imageKey: string): string {
  return `/bilder/${imageKey}.svg`;
}

export function articlePath(a: { sectionSlug: string; slug: string }): string {
  return `/${a.sectionSlug}/${a.slug}`;
}

export function sectionFeedPath(sectionSlug: string): string {
  return `/${sectionSlug}/feed.xml`;
}

/** "/politik" → "https://kiosk.example/politik"; "/" → the origin with a slash. */
export function absoluteUrl(site: SiteInfo, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${site.url}${path.startsWith("/") ? path : `/${path}`}`;
}
