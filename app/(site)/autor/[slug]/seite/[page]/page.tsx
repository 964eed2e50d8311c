import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ListingPage } from "@/components/listing/listing-page";
import { JsonLd } from "@/components/seo/json-ld";
import { getAuthorPage } from "@/db/queries/articles";
import { t } from "@/lib/i18n";
import { pageUrl, parsePageNumber } from "@/lib/paging";
import { profilePageLd } from "@/lib/seo/json-ld";
import { authorListing, listingBreadcrumb, listingMetadata } from "@/lib/seo/listing";
import { currentSite } from "@/lib/seo/site";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

async function load({ params }: Props) {
  const { slug, page: rawPage } = await params;
  if (rawPage === "1") permanentRedirect(`/autor/${encodeURIComponent(slug)}`);
  const page = parsePageNumber(rawPage);
  if (page === null) notFound();
  const data = await getAuthorPage(slug, page);
  if (!data || page > data.list.pageCount) notFound();
  return { ...data, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { author, page } = await load(props);
  return listingMetadata(currentSite(), authorListing(author, page));
}

export default async function AuthorPagedPage(props: Props) {
  const { author, list, page } = await load(props);
  const site = currentSite();
  const seo = authorListing(author, page);
  return (
    <>
      <JsonLd
        nodes={[
          profilePageLd(site, {
            ...author,
            path: pageUrl(seo.base, page),
            lastPublishedAt: null,
          }),
          listingBreadcrumb(site, seo),
        ]}
      />
      <ListingPage
        title={`${author.name} – ${t.listing.page(page)}`}
        base={`/autor/${author.slug}`}
        list={list}
        showSection
      />
    </>
  );
}
