import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPage } from "@/db/queries/pages";
import { renderMarkdown } from "@/lib/markdown";
import { pageMetadata } from "@/lib/seo/metadata";
import { currentSite } from "@/lib/seo/site";
import { markdownSummary } from "@/lib/seo/text";

export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPage((await params).slug);
  if (!page) return {};
  return pageMetadata(currentSite(), {
    title: page.title,
    description: markdownSummary(page.body) || page.title,
    path: `/info/${page.slug}`,
  });
}

export default async function InfoPage({ params }: Props) {
  const page = await getPage((await params).slug);
  if (!page) notFound();
  return (
    <article className="info-page">
      <h1>{page.title}</h1>
      <div
        className="article__body"
        // Rendered by lib/markdown, which escapes raw HTML and unsafe links.
        dangerouslySetInnerHTML={{ __html: renderMarkdown(page.body) }}
      />
    </article>
  );
}
