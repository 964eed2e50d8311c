import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ListingPage } from "@/components/listing/listing-page";
import { JsonLd } from "@/components/seo/json-ld";
import { getTopicPage } from "@/db/queries/articles";
import { t } from "@/lib/i18n";
import { pageUrl, parsePageNumber } from "@/lib/paging";
import { collectionPageLd } from "@/lib/seo/json-ld";
import { listingBreadcrumb, listingMetadata, topicListing } from "@/lib/seo/listing";
import { currentSite } from "@/lib/seo/site";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

async function load({ params }: Props) {
  const { slug, page: rawPage } = await params;
  if (rawPage === "1") permanentRedirect(`/thema/${encodeURIComponent(slug)}`);
  const page = parsePageNumber(rawPage);
  if (page === null) notFound();
  const data = await getTopicPage(slug, page);
  if (!data || page > data.list.pageCount) notFound();
  return { ...data, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { topic, list, page } = await load(props);
  return listingMetadata(currentSite(), topicListing(topic, list.total, page));
}

export default async function TopicPagedPage(props: Props) {
  const { topic, list, page } = await load(props);
  const site = currentSite();
  const seo = topicListing(topic, list.total, page);
  return (
    <>
      <JsonLd
        nodes={[
          collectionPageLd(site, {
            ...seo,
            name: `${seo.title} – ${t.listing.page(page)}`,
            path: pageUrl(seo.base, page),
            items: list.items,
            about: topic.name,
          }),
          listingBreadcrumb(site, seo),
        ]}
      />
      <ListingPage
        kicker={t.topic.kicker}
        title={`${topic.name} – ${t.listing.page(page)}`}
        base={`/thema/${topic.slug}`}
        list={list}
        showSection
      />
    </>
  );
}
