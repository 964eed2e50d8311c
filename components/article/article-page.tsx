import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { RelatedStories } from "@/components/article/related-stories";
import { CommentsSection } from "@/components/comments/comments-section";
import { getArticle, getRelated } from "@/db/queries/articles";
import { findCommentTarget, getCommentPage } from "@/db/queries/comments";
import { getSecretKey } from "@/db/queries/settings";
import type { ThreadNode } from "@/lib/comment-thread";
import { issueFormToken } from "@/lib/form-token";

// The article route and its comment-page and reply variants (/…?kommentare=2, /…?antworten=7,
// rewritten in next.config.ts to cacheable paths) all render through here.

export async function loadArticle(ressort: string, slug: string) {
  const found = await getArticle(ressort, slug);
  if (found.kind === "moved") permanentRedirect(`/${found.sectionSlug}/${found.slug}`);
  if (found.kind === "missing") notFound();
  return found.article;
}

export async function articleMetadata(
  ressort: string,
  slug: string,
  extra: Partial<Metadata> = {},
): Promise<Metadata> {
  const article = await loadArticle(ressort, slug);
  return {
    title: article.headline,
    description: article.teaser,
    alternates: { canonical: `/${article.sectionSlug}/${article.slug}` },
    ...extra,
  };
}

function findNode(nodes: ThreadNode[], id: number): ThreadNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const inner = findNode(n.replies, id);
    if (inner) return inner;
  }
  return undefined;
}

export async function ArticlePage({
  ressort,
  slug,
  commentPage = 1,
  replyToId = null,
}: {
  ressort: string;
  slug: string;
  commentPage?: number;
  replyToId?: number | null;
}) {
  const article = await loadArticle(ressort, slug);
  const [related, comments] = await Promise.all([
    getRelated(article),
    getCommentPage(article.id, commentPage),
  ]);
  if (commentPage > comments.pageCount) notFound();
  let replyTo: { id: number; name: string } | null = null;
  if (replyToId !== null) {
    // The reply target may be on any comment page.
    const all = await getCommentPage(article.id, 1);
    let node = findNode(all.threads, replyToId);
    for (let p = 2; !node && p <= all.pageCount; p++) {
      node = findNode((await getCommentPage(article.id, p)).threads, replyToId);
    }
    if (!node) notFound();
    replyTo = { id: node.id, name: node.authorName };
  }
  const target = findCommentTarget(article.id);
  const articleUrl = `/${article.sectionSlug}/${article.slug}`;
  return (
    <>
      <ArticleView article={article} />
      <RelatedStories articles={related} />
      <CommentsSection
        articleId={article.id}
        articleUrl={articleUrl}
        comments={comments}
        commentsOpen={target?.commentsOpen ?? false}
        token={issueFormToken(getSecretKey(), article.id)}
        replyTo={replyTo}
      />
    </>
  );
}
