import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/listing/listing-page";
import { JsonLd } from "@/components/seo/json-ld";
import { getSectionPage } from "@/db/queries/articles";
import { collectionPageLd } from "@/lib/seo/json-ld";
import { listingBreadcrumb, listingMetadata, sectionListing } from "@/lib/seo/listing";
import { currentSite } from "@/lib/seo/site";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ ressort: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ressort } = await params;
  const data = await getSectionPage(ressort, 1);
  if (!data) return {};
  const site = currentSite();
  return listingMetadata(site, sectionListing(site, data.section, 1));
}

export default async function SectionPage({ params }: Props) {
  const { ressort } = await params;
  const data = await getSectionPage(ressort, 1);
  if (!data) notFound();
  const site = currentSite();
  const seo = sectionListing(site, data.section, 1);
  return (
    <>
      <JsonLd
        nodes={[
          collectionPageLd(site, { ...seo, path: seo.base, items: data.list.items }),
          listingBreadcrumb(site, seo),
        ]}
      />
      <ListingPage
        title={data.section.name}
        intro={<p className="listing__intro">{data.section.description}</p>}
        base={`/${data.section.slug}`}
        list={data.list}
      />
    </>
  );
}
