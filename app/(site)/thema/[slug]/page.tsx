import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/listing/listing-page";
import { getTopicPage } from "@/db/queries/articles";
import { t } from "@/lib/i18n";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getTopicPage((await params).slug, 1);
  if (!data) return {};
  return {
    title: t.topic.title(data.topic.name),
    description: `${t.listing.articleCount(data.list.total)}: ${t.topic.title(data.topic.name)}`,
  };
}

export default async function TopicPage({ params }: Props) {
  const data = await getTopicPage((await params).slug, 1);
  if (!data) notFound();
  return (
    <ListingPage
      kicker={t.topic.kicker}
      title={data.topic.name}
      intro={<p className="listing__intro">{t.listing.articleCount(data.list.total)}</p>}
      base={`/thema/${data.topic.slug}`}
      list={data.list}
      showSection
    />
  );
}
