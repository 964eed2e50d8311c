import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/listing/listing-page";
import { JsonLd } from "@/components/seo/json-ld";
import { getTopicPage } from "@/db/queries/articles";
import { t } from "@/lib/i18n";
import { collectionPageLd } from "@/lib/seo/json-ld";
import { listingBreadcrumb, listingMetadata, topicListing } from "@/lib/seo/listing";
import { currentSite } from "@/lib/seo/site";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getTopicPage((await params).slug, 1);
  if (!data) return {};
  return listingMetadata(currentSite(), topicListing(data.topic, data.list.total, 1));
}

export default async function TopicPage({ params }: Props) {
  const data = await getTopicPage((await params).slug, 1);
  if (!data) notFound();
  const site = currentSite();
  const seo = topicListing(data.topic, data.list.total, 1);
  return (
    <>
      <JsonLd
        nodes={[
          collectionPageLd(site, {
            ...seo,
            name: seo.title,
            path: seo.base,
            items: data.list.items,
            about: data.topic.name,
          }),
          listingBreadcrumb(site, seo),
        ]}
      />
      <ListingPage
        kicker={t.topic.kicker}
        title={data.topic.name}
        intro={<p className="listing__intro">{t.listing.articleCount(data.list.total)}</p>}
        base={`/thema/${data.topic.slug}`}
        list={data.list}
        showSection
      />
    </>
  );
}
