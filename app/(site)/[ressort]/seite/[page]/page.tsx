import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ListingPage } from "@/components/listing/listing-page";
import { getSectionPage } from "@/db/queries/articles";
import { t } from "@/lib/i18n";
import { parsePageNumber } from "@/lib/paging";

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
  return {
    title: `${section.name} – ${t.listing.page(page)}`,
    description: section.description,
  };
}

export default async function SectionPagedPage(props: Props) {
  const { section, list, page } = await load(props);
  return (
    <ListingPage
      title={`${section.name} – ${t.listing.page(page)}`}
      base={`/${section.slug}`}
      list={list}
    />
  );
}
