// The one route implementation behind the three kinds of paginated listing (Ressort, author,
// topic), page 1 and /seite/{n} alike. Each route file under app/(site) re-exports what
// listingRoute() builds and keeps only its literal segment config (`revalidate`), which Next
// reads from the file itself.
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { JsonLd } from "@/components/seo/json-ld";
import {
  getAuthorPage,
  getSectionPage,
  getTopicPage,
  type ArticleTeaser,
  type Paged,
} from "@/db/queries/articles";
import { t } from "@/lib/i18n";
import { pageUrl, parsePageNumber } from "@/lib/paging";
import { collectionPageLd, profilePageLd, type JsonLdNode } from "@/lib/seo/json-ld";
import {
  authorListing,
  listingBreadcrumb,
  listingMetadata,
  sectionListing,
  topicListing,
  type ListingSeo,
} from "@/lib/seo/listing";
import { currentSite, type SiteInfo } from "@/lib/seo/site";
import { AuthorIntro } from "./author-intro";
import { ListingPage } from "./listing-page";

type ListingKind = "section" | "author" | "topic";

/** One page of a listing, whatever its kind. */
interface Listing {
  seo: ListingSeo;
  list: Paged<ArticleTeaser>;
  /** The <h1> of page 1; later pages add "– Seite n". */
  heading: string;
  kicker?: string;
  /** Under the heading on page 1 only. */
  intro: React.ReactNode;
  showSection: boolean;
  /** The page's main structured-data node, given its name and path. */
  mainLd: (site: SiteInfo, name: string, path: string) => JsonLdNode;
}

interface KindOf {
  /** The route's dynamic segment that holds the slug. */
  param: "ressort" | "slug";
  /** Path prefix of the listing's page 1 (before the slug). */
  prefix: string;
  find: (site: SiteInfo, slug: string, page: number) => Promise<Listing | null>;
}

const KINDS: Record<ListingKind, KindOf> = {
  section: {
    param: "ressort",
    prefix: "/",
    async find(site, slug, page) {
      const data = await getSectionPage(slug, page);
      if (!data) return null;
      const seo = sectionListing(site, data.section, page);
      return {
        seo,
        list: data.list,
        heading: data.section.name,
        intro: <p className="listing__intro">{data.section.description}</p>,
        showSection: false,
        mainLd: (s, name, path) =>
          collectionPageLd(s, { ...seo, name, path, items: data.list.items }),
      };
    },
  },
  author: {
    param: "slug",
    prefix: "/autor/",
    async find(site, slug, page) {
      const data = await getAuthorPage(slug, page);
      if (!data) return null;
      return {
        seo: authorListing(data.author, page),
        list: data.list,
        heading: data.author.name,
        intro: <AuthorIntro author={data.author} />,
        showSection: true,
        mainLd: (s, _name, path) =>
          profilePageLd(s, {
            ...data.author,
            path,
            // Page 1 starts with the author's newest article: the profile's last change.
            lastPublishedAt: page === 1 ? (data.list.items[0]?.publishedAt ?? null) : null,
          }),
      };
    },
  },
  topic: {
    param: "slug",
    prefix: "/thema/",
    async find(site, slug, page) {
      const data = await getTopicPage(slug, page);
      if (!data) return null;
      const seo = topicListing(data.topic, data.list.total, page);
      return {
        seo,
        list: data.list,
        heading: data.topic.name,
        kicker: t.topic.kicker,
        intro: <p className="listing__intro">{t.listing.articleCount(data.list.total)}</p>,
        showSection: true,
        mainLd: (s, name, path) =>
          collectionPageLd(s, {
            ...seo,
            name,
            path,
            items: data.list.items,
            about: data.topic.name,
          }),
      };
    },
  },
};

type Props = { params: Promise<Record<string, string>> };

/**
 * Page 1 of a listing (`paged` false) or its /seite/{n} route (`paged` true): unknown slugs and
 * pages past the last answer 404, /seite/1 redirects (308) to page 1.
 */
export function listingRoute(kind: ListingKind, { paged }: { paged: boolean }) {
  const { param, prefix, find } = KINDS[kind];

  async function load({ params }: Props): Promise<Listing | null> {
    const values = await params;
    const slug = values[param] ?? "";
    if (!paged) return find(currentSite(), slug, 1);
    const raw = values.page;
    if (raw === "1") permanentRedirect(`${prefix}${encodeURIComponent(slug)}`);
    const page = parsePageNumber(raw);
    if (page === null) notFound();
    const listing = await find(currentSite(), slug, page);
    if (!listing || page > listing.list.pageCount) notFound();
    return listing;
  }

  async function generateMetadata(props: Props): Promise<Metadata> {
    const listing = await load(props);
    return listing ? listingMetadata(currentSite(), listing.seo) : {};
  }

  async function Page(props: Props) {
    const listing = await load(props);
    if (!listing) notFound();
    const { seo, list } = listing;
    const site = currentSite();
    const pageSuffix = seo.page > 1 ? ` – ${t.listing.page(seo.page)}` : "";
    return (
      <>
        <JsonLd
          nodes={[
            listing.mainLd(site, seo.title + pageSuffix, pageUrl(seo.base, seo.page)),
            listingBreadcrumb(site, seo),
          ]}
        />
        <ListingPage
          kicker={listing.kicker}
          title={listing.heading + pageSuffix}
          intro={seo.page > 1 ? undefined : listing.intro}
          base={seo.base}
          list={list}
          showSection={listing.showSection}
        />
      </>
    );
  }

  // Listing pages are rendered on first request and cached, none at build time.
  function generateStaticParams() {
    return [];
  }

  return { generateMetadata, generateStaticParams, Page };
}
