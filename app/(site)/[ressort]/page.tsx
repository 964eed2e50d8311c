import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/listing/listing-page";
import { getSectionPage } from "@/db/queries/articles";

export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ ressort: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ressort } = await params;
  const data = await getSectionPage(ressort, 1);
  if (!data) return {};
  return { title: data.section.name, description: data.section.description };
}

export default async function SectionPage({ params }: Props) {
  const { ressort } = await params;
  const data = await getSectionPage(ressort, 1);
  if (!data) notFound();
  return (
    <ListingPage
      title={data.section.name}
      intro={<p className="listing__intro">{data.section.description}</p>}
      base={`/${data.section.slug}`}
      list={data.list}
    />
  );
}
