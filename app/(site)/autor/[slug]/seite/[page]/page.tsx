import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ListingPage } from "@/components/listing/listing-page";
import { getAuthorPage } from "@/db/queries/articles";
import { t } from "@/lib/i18n";
import { parsePageNumber } from "@/lib/paging";

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
  return { title: `${author.name} – ${t.listing.page(page)}`, description: author.bio };
}

export default async function AuthorPagedPage(props: Props) {
  const { author, list, page } = await load(props);
  return (
    <ListingPage
      title={`${author.name} – ${t.listing.page(page)}`}
      base={`/autor/${author.slug}`}
      list={list}
      showSection
    />
  );
}
