import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPage } from "@/db/queries/pages";
import { renderMarkdown } from "@/lib/markdown";

export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPage((await params).slug);
  return page ? { title: page.title } : {};
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
