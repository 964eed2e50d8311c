import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingPage } from "@/components/listing/listing-page";
import { AuthorIntro } from "@/components/listing/author-intro";
import { JsonLd } from "@/components/seo/json-ld";
import { getAuthorPage } from "@/db/queries/articles";
import { profilePageLd } from "@/lib/seo/json-ld";
import { authorListing, listingBreadcrumb, listingMetadata } from "@/lib/seo/listing";
import { currentSite } from "@/lib/seo/site";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getAuthorPage((await params).slug, 1);
  if (!data) return {};
  return listingMetadata(currentSite(), authorListing(data.author, 1));
}

export default async function AuthorPage({ params }: Props) {
  const data = await getAuthorPage((await params).slug, 1);
  if (!data) notFound();
  const site = currentSite();
  const seo = authorListing(data.author, 1);
  return (
    <>
      <JsonLd
        nodes={[
          profilePageLd(site, {
            ...data.author,
            path: seo.base,
            lastPublishedAt: data.list.items[0]?.publishedAt ?? null,
          }),
          listingBreadcrumb(site, seo),
        ]}
      />
      <ListingPage
        title={data.author.name}
        intro={<AuthorIntro author={data.author} />}
        base={`/autor/${data.author.slug}`}
        list={data.list}
        showSection
      />
    </>
  );
}
