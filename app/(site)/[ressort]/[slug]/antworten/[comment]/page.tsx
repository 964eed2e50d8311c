import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticlePage, articleMetadata } from "@/components/article/article-page";
import { parseId } from "@/lib/route-params";

// Reached as /{ressort}/{slug}?antworten=ID (a rewrite in next.config.ts): the article with the
// form set up as a reply, for readers without JavaScript.
export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ ressort: string; slug: string; comment: string }> };

async function readParams({ params }: Props) {
  const { ressort, slug, comment } = await params;
  const commentId = parseId(comment);
  if (commentId === null) notFound();
  return { ressort, slug, commentId };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { ressort, slug } = await readParams(props);
  return articleMetadata(ressort, slug, { kind: "reply" });
}

export default async function ReplyRoute(props: Props) {
  const { ressort, slug, commentId } = await readParams(props);
  return <ArticlePage ressort={ressort} slug={slug} replyToId={commentId} />;
}
