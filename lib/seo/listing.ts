// Metadata and structured data of the paginated listings (Ressort, author, topic pages).
import type { Metadata } from "next";
import { t } from "@/lib/i18n";
import { pageUrl } from "@/lib/paging";
import { breadcrumbLd, type Crumb, type JsonLdNode } from "./json-ld";
import { pageMetadata, type FeedLink } from "./metadata";
import { sectionFeedPath, type SiteInfo } from "./site";
import { DESCRIPTION_MAX, trimDescription } from "./text";

export interface ListingSeo {
  /** The listing's <h1> on page 1 ("Politik", "Thema: Wien" is the title, "Wien" the name). */
  title: string;
  /** What the breadcrumb calls the listing. */
  name: string;
  description: string;
  /** Path of page 1, e.g. "/politik". */
  base: string;
  page: number;
  /** The listing's own feed (Ressorts have one). */
  feed?: FeedLink;
}

export function sectionListing(
  site: SiteInfo,
  section: { slug: string; name: string; description: string },
  page: number,
): ListingSeo {
  return {
    title: section.name,
    name: section.name,
    description: section.description || t.seo.sectionFeedDescription(site.name, section.name),
    base: `/${section.slug}`,
    page,
    feed: {
      path: sectionFeedPath(section.slug),
      title: t.seo.sectionFeedTitle(site.name, section.name),
    },
  };
}

export function authorListing(
  author: { slug: string; name: string; role: string; bio: string },
  page: number,
): ListingSeo {
  return {
    title: author.name,
    name: author.name,
    description: author.bio || t.seo.authorDescription(author.name, author.role),
    base: `/autor/${author.slug}`,
    page,
  };
}

export function topicListing(
  topic: { slug: string; name: string },
  total: number,
  page: number,
): ListingSeo {
  return {
    title: t.topic.title(topic.name),
    name: topic.name,
    description: t.seo.topicDescription(topic.name, t.listing.articleCount(total)),
    base: `/thema/${topic.slug}`,
    page,
  };
}

/** "… – Seite 2", shortened before the suffix so the page number survives the length limit. */
function pageDescription(description: string, page: number): string {
  const room = DESCRIPTION_MAX - [...t.seo.pageOfListing("", page)].length;
  return t.seo.pageOfListing(trimDescription(description, room), page);
}

/** Page n is its own canonical URL with its own title and description. */
export function listingMetadata(site: SiteInfo, l: ListingSeo): Metadata {
  return pageMetadata(site, {
    title: l.page > 1 ? `${l.title} – ${t.listing.page(l.page)}` : l.title,
    description: l.page > 1 ? pageDescription(l.description, l.page) : l.description,
    path: pageUrl(l.base, l.page),
    feeds: l.feed ? [l.feed] : [],
  });
}

/** Startseite › Listing (› Seite n). */
export function listingBreadcrumb(site: SiteInfo, l: ListingSeo): JsonLdNode {
  const crumbs: Crumb[] = [
    { name: t.site.home, path: "/" },
    { name: l.name, path: l.base },
  ];
  if (l.page > 1) crumbs.push({ name: t.listing.page(l.page), path: pageUrl(l.base, l.page) });
  return breadcrumbLd(site, crumbs);
}
