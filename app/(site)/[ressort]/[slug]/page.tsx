import type { Metadata } from "next";
import { ArticlePage, articleMetadata } from "@/components/article/article-page";

export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ ressort: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ressort, slug } = await params;
  return articleMetadata(ressort, slug);
}

export default async function Page({ params }: Props) {
  const { ressort, slug } = await params;
  return <ArticlePage ressort={ressort} slug={slug} />;
}
