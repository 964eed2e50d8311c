import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/listing/listing-page";
import { AuthorIntro } from "@/components/listing/author-intro";
import { getAuthorPage } from "@/db/queries/articles";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getAuthorPage((await params).slug, 1);
  if (!data) return {};
  return { title: data.author.name, description: data.author.bio };
}

export default async function AuthorPage({ params }: Props) {
  const data = await getAuthorPage((await params).slug, 1);
  if (!data) notFound();
  return (
    <ListingPage
      title={data.author.name}
      intro={<AuthorIntro author={data.author} />}
      base={`/autor/${data.author.slug}`}
      list={data.list}
      showSection
    />
  );
}
