import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { RelatedStories } from "@/components/article/related-stories";
import { CommentsSection } from "@/components/comments/comments-section";
import { getArticle, getRelated } from "@/db/queries/articles";

export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ ressort: string; slug: string }> };

async function load({ params }: Props) {
  const { ressort, slug } = await params;
  const found = await getArticle(ressort, slug);
  if (found.kind === "moved") permanentRedirect(`/${found.sectionSlug}/${found.slug}`);
  if (found.kind === "missing") notFound();
  return found.article;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const article = await load(props);
  return {
    title: article.headline,
    description: article.teaser,
    alternates: { canonical: `/${article.sectionSlug}/${article.slug}` },
  };
}

export default async function ArticlePage(props: Props) {
  const article = await load(props);
  const related = await getRelated(article);
  return (
    <>
      <ArticleView article={article} />
      <RelatedStories articles={related} />
      <CommentsSection />
    </>
  );
}
