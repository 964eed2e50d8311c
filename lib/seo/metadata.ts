// The <head> of every public page, built one way: title, description, canonical, robots, feeds,
// Open Graph and Twitter. Next merges metadata per key and a page's `openGraph` replaces the
// layout's whole object, so each page gets the complete set from here.
import type { Metadata } from "next";
import { toIsoWithOffset } from "@/lib/dates";
import { t } from "@/lib/i18n";
import {
  absoluteUrl,
  FEED_PATH,
  OG_LOCALE,
  SHARE_IMAGE_SIZE,
  SITE_IMAGE_PATH,
  type SiteInfo,
} from "./site";
import { trimDescription } from "./text";

/** Index everything, and let Google show large image previews and full snippets. */
const ROBOTS_INDEX = {
  index: true,
  follow: true,
  "max-image-preview": "large",
  "max-snippet": -1,
  "max-video-preview": -1,
} as const;

const ROBOTS_NOINDEX = { index: false, follow: true } as const;

export interface FeedLink {
  path: string;
  title: string;
}

interface ArticleOpenGraph {
  publishedAt: number;
  updatedAt: number;
  section: string;
  /** Absolute URLs of the author pages (Open Graph wants profile URLs). */
  authors: string[];
  tags: string[];
}

interface PageSeo {
  /** The title before " | Site"; `absolute` for a title without the site name pattern. */
  title: string | { absolute: string };
  description: string;
  /** Canonical path ("/politik/seite/2"); null for pages that should have none. */
  path: string | null;
  image?: { path: string; alt: string };
  /** Feeds besides the site's main feed. */
  feeds?: FeedLink[];
  noindex?: boolean;
  article?: ArticleOpenGraph;
}

function siteFeedLink(site: SiteInfo): FeedLink {
  return { path: FEED_PATH, title: t.seo.feedTitle(site.name) };
}

function siteImage(site: SiteInfo) {
  return { path: SITE_IMAGE_PATH, alt: t.seo.siteImageAlt(site.name) };
}

function titleText(title: PageSeo["title"]): string {
  return typeof title === "string" ? title : title.absolute;
}

export function pageMetadata(site: SiteInfo, seo: PageSeo): Metadata {
  const description = trimDescription(seo.description);
  const image = seo.image ?? siteImage(site);
  const images = [
    {
      url: absoluteUrl(site, image.path),
      width: SHARE_IMAGE_SIZE.width,
      height: SHARE_IMAGE_SIZE.height,
      alt: image.alt,
      type: "image/png",
    },
  ];
  const url = seo.path === null ? undefined : absoluteUrl(site, seo.path);
  const feeds = [siteFeedLink(site), ...(seo.feeds ?? [])];
  const ogTitle = titleText(seo.title);
  const common = {
    url,
    siteName: site.name,
    locale: OG_LOCALE,
    title: ogTitle,
    description,
    images,
  };
  return {
    title: seo.title,
    description,
    alternates: {
      ...(url ? { canonical: url } : {}),
      types: {
        "application/rss+xml": feeds.map((f) => ({
          url: absoluteUrl(site, f.path),
          title: f.title,
        })),
      },
    },
    robots: seo.noindex ? ROBOTS_NOINDEX : ROBOTS_INDEX,
    openGraph: seo.article
      ? {
          ...common,
          type: "article",
          publishedTime: toIsoWithOffset(seo.article.publishedAt),
          modifiedTime: toIsoWithOffset(Math.max(seo.article.publishedAt, seo.article.updatedAt)),
          section: seo.article.section,
          authors: seo.article.authors,
          tags: seo.article.tags,
        }
      : { ...common, type: "website" },
    twitter: {
      card: "summary_large_image",
      title: ogTitle,
      description,
      images: images.map((i) => ({ url: i.url, alt: i.alt })),
    },
  };
}
