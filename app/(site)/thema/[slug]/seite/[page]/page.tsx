import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ListingPage } from "@/components/listing/listing-page";
import { getTopicPage } from "@/db/queries/articles";
import { t } from "@/lib/i18n";
import { parsePageNumber } from "@/lib/paging";

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
  const { topic, page } = await load(props);
  return { title: `${t.topic.title(topic.name)} – ${t.listing.page(page)}` };
}

export default async function TopicPagedPage(props: Props) {
  const { topic, list, page } = await load(props);
  return (
    <ListingPage
      kicker={t.topic.kicker}
      title={`${topic.name} – ${t.listing.page(page)}`}
      base={`/thema/${topic.slug}`}
      list={list}
      showSection
    />
  );
}
