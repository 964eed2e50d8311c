// schema.org structured data (JSON-LD) for Google and other crawlers. Every URL is absolute,
// every date carries the Vienna offset, and the serialiser keeps the JSON inside its <script>.
import { toIsoWithOffset } from "@/lib/dates";
import { LEAD_IMAGE_HEIGHT, LEAD_IMAGE_WIDTH } from "@/lib/lead-image";
import {
  absoluteUrl,
  articleImagePath,
  articlePath,
  LANGUAGE,
  leadImagePath,
  LOGO_PATH,
  LOGO_SIZE,
  SHARE_IMAGE_SIZE,
  type SiteInfo,
} from "./site";
import { trimDescription, trimHeadline } from "./text";

export type JsonLdNode = { "@type": string } & Record<string, unknown>;

const CONTEXT = "https://schema.org";

/**
 * JSON for a `<script type="application/ld+json">`. JSON.stringify alone is not enough: a
 * headline containing `</script>` or `<!--` would end the script element early. Escaping `<`, `>`
 * and `&` as \u003c etc. keeps the same JSON value and leaves nothing HTML can see; U+2028/2029
 * are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(node: JsonLdNode): string {
  return JSON.stringify({ "@context": CONTEXT, ...node })
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function organizationId(site: SiteInfo): string {
  return `${site.url}/#organisation`;
}

function websiteId(site: SiteInfo): string {
  return `${site.url}/#website`;
}

function logo(site: SiteInfo) {
  return {
    "@type": "ImageObject",
    url: absoluteUrl(site, LOGO_PATH),
    width: LOGO_SIZE.width,
    height: LOGO_SIZE.height,
  };
}

/** The short reference to the publisher used inside other nodes. */
function publisherRef(site: SiteInfo) {
  return {
    "@type": "NewsMediaOrganization",
    "@id": organizationId(site),
    name: site.name,
    url: absoluteUrl(site, "/"),
    logo: logo(site),
  };
}

/** The publisher: the news organisation behind the site, with its policies. */
export function organizationLd(site: SiteInfo): JsonLdNode {
  return {
    ...publisherRef(site),
    masthead: absoluteUrl(site, "/info/impressum"),
    publishingPrinciples: absoluteUrl(site, "/info/impressum"),
    actionableFeedbackPolicy: absoluteUrl(site, "/info/kontakt"),
  };
}

/** The site with its search, so Google can offer a search box for it. */
export function websiteLd(site: SiteInfo, description: string): JsonLdNode {
  return {
    "@type": "WebSite",
    "@id": websiteId(site),
    url: absoluteUrl(site, "/"),
    name: site.name,
    description,
    inLanguage: LANGUAGE,
    publisher: { "@id": organizationId(site) },
    potentialAction: {
      "@type": "SearchAction",
      target: {
        "@type": "EntryPoint",
        urlTemplate: `${absoluteUrl(site, "/suche")}?q={search_term_string}`,
      },
      "query-input": "required name=search_term_string",
    },
  };
}

export interface Crumb {
  name: string;
  path: string;
}

export function breadcrumbLd(site: SiteInfo, crumbs: readonly Crumb[]): JsonLdNode {
  return {
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: c.name,
      item: absoluteUrl(site, c.path),
    })),
  };
}

export interface ArticleForLd {
  slug: string;
  sectionSlug: string;
  sectionName: string;
  /** The headline as the page shows it (columns: "Name: Headline"). */
  headline: string;
  teaser: string;
  publishedAt: number;
  updatedAt: number;
  authorName: string | null;
  authorSlug: string | null;
  imageKey: string | null;
  tags: readonly { name: string }[];
  commentCount: number;
}

/** The share image first (a PNG every consumer can read), then the lead image itself. */
function articleImages(site: SiteInfo, a: ArticleForLd) {
  const images: Record<string, unknown>[] = [
    {
      "@type": "ImageObject",
      url: absoluteUrl(site, articleImagePath(a)),
      width: SHARE_IMAGE_SIZE.width,
      height: SHARE_IMAGE_SIZE.height,
    },
  ];
  if (a.imageKey) {
    images.push({
      "@type": "ImageObject",
      url: absoluteUrl(site, leadImagePath(a.imageKey)),
      width: LEAD_IMAGE_WIDTH,
      height: LEAD_IMAGE_HEIGHT,
    });
  }
  return images;
}

export function authorUrl(site: SiteInfo, slug: string): string {
  return absoluteUrl(site, `/autor/${slug}`);
}

export function newsArticleLd(site: SiteInfo, a: ArticleForLd): JsonLdNode {
  const url = absoluteUrl(site, articlePath(a));
  const author =
    a.authorName && a.authorSlug
      ? { "@type": "Person", name: a.authorName, url: authorUrl(site, a.authorSlug) }
      : // The byline "Redaktion": the newsroom itself is the author.
        { "@type": "NewsMediaOrganization", name: site.name, url: absoluteUrl(site, "/") };
  return {
    "@type": "NewsArticle",
    "@id": `${url}#artikel`,
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    headline: trimHeadline(a.headline),
    description: trimDescription(a.teaser),
    image: articleImages(site, a),
    thumbnailUrl: absoluteUrl(site, articleImagePath(a)),
    datePublished: toIsoWithOffset(a.publishedAt),
    dateModified: toIsoWithOffset(Math.max(a.publishedAt, a.updatedAt)),
    author: [author],
    publisher: publisherRef(site),
    articleSection: a.sectionName,
    keywords: a.tags.map((t) => t.name),
    inLanguage: LANGUAGE,
    isAccessibleForFree: true,
    commentCount: a.commentCount,
    discussionUrl: `${url}#kommentare`,
    isPartOf: { "@id": websiteId(site) },
  };
}

interface CollectionForLd {
  name: string;
  description: string;
  path: string;
  /** The articles listed on this page, in order. */
  items: readonly { sectionSlug: string; slug: string }[];
  /** For topic pages: what the collection is about. */
  about?: string;
}

/** A page of this site as a schema.org WebPage of the given type, part of the WebSite. */
function webPageLd(site: SiteInfo, type: string, path: string, name: string): JsonLdNode {
  const url = absoluteUrl(site, path);
  return {
    "@type": type,
    "@id": url,
    url,
    name,
    inLanguage: LANGUAGE,
    isPartOf: { "@id": websiteId(site) },
  };
}

export function collectionPageLd(site: SiteInfo, c: CollectionForLd): JsonLdNode {
  return {
    ...webPageLd(site, "CollectionPage", c.path, c.name),
    description: trimDescription(c.description),
    ...(c.about ? { about: { "@type": "Thing", name: c.about } } : {}),
    mainEntity: {
      "@type": "ItemList",
      itemListOrder: "https://schema.org/ItemListOrderDescending",
      numberOfItems: c.items.length,
      itemListElement: c.items.map((item, i) => ({
        "@type": "ListItem",
        position: i + 1,
        url: absoluteUrl(site, articlePath(item)),
      })),
    },
  };
}

interface AuthorForLd {
  slug: string;
  name: string;
  role: string;
  bio: string;
  path: string;
  /** The author's newest article, as the profile's last change. */
  lastPublishedAt: number | null;
}

export function profilePageLd(site: SiteInfo, a: AuthorForLd): JsonLdNode {
  const personUrl = authorUrl(site, a.slug);
  return {
    ...webPageLd(site, "ProfilePage", a.path, a.name),
    ...(a.lastPublishedAt ? { dateModified: toIsoWithOffset(a.lastPublishedAt) } : {}),
    mainEntity: {
      "@type": "Person",
      "@id": `${personUrl}#person`,
      name: a.name,
      url: personUrl,
      ...(a.role ? { jobTitle: a.role } : {}),
      ...(a.bio ? { description: trimDescription(a.bio, 300) } : {}),
      worksFor: { "@id": organizationId(site) },
    },
  };
}
