import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticlePage, articleMetadata } from "@/components/article/article-page";
import { parsePageNumber } from "@/lib/paging";

// Reached as /{ressort}/{slug}?kommentare=N (a rewrite in next.config.ts); cached like the article.
export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ ressort: string; slug: string; page: string }> };

async function readParams({ params }: Props) {
  const { ressort, slug, page: raw } = await params;
  if (raw === "1") permanentRedirect(`/${ressort}/${slug}`);
  const page = parsePageNumber(raw);
  if (page === null) notFound();
  return { ressort, slug, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ressort, slug, page } = await readParams(props);
  // The canonical stays the article URL.
  return articleMetadata(ressort, slug, { kind: "comments", page });
}

export default async function CommentPageRoute(props: Props) {
  const { ressort, slug, page } = await readParams(props);
  return <ArticlePage ressort={ressort} slug={slug} commentPage={page} />;
}
