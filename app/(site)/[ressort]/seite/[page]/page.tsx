import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ListingPage } from "@/components/listing/listing-page";
import { JsonLd } from "@/components/seo/json-ld";
import { getSectionPage } from "@/db/queries/articles";
import { t } from "@/lib/i18n";
import { parsePageNumber, pageUrl } from "@/lib/paging";
import { collectionPageLd } from "@/lib/seo/json-ld";
import { listingBreadcrumb, listingMetadata, sectionListing } from "@/lib/seo/listing";
import { currentSite } from "@/lib/seo/site";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ ressort: string; page: string }> };

async function load({ params }: Props) {
  const { ressort, page: rawPage } = await params;
  if (rawPage === "1") permanentRedirect(`/${encodeURIComponent(ressort)}`);
  const page = parsePageNumber(rawPage);
  if (page === null) notFound();
  const data = await getSectionPage(ressort, page);
  if (!data || page > data.list.pageCount) notFound();
  return { ...data, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { section, page } = await load(props);
  const site = currentSite();
  return listingMetadata(site, sectionListing(site, section, page));
}

export default async function SectionPagedPage(props: Props) {
  const { section, list, page } = await load(props);
  const site = currentSite();
  const seo = sectionListing(site, section, page);
  return (
    <>
      <JsonLd
        nodes={[
          collectionPageLd(site, {
            ...seo,
            name: `${seo.name} – ${t.listing.page(page)}`,
            path: pageUrl(seo.base, page),
            items: list.items,
          }),
          listingBreadcrumb(site, seo),
        ]}
      />
      <ListingPage
        title={`${section.name} – ${t.listing.page(page)}`}
        base={`/${section.slug}`}
        list={list}
      />
    </>
  );
}
