import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { RelatedStories } from "@/components/article/related-stories";
import { CommentsSection } from "@/components/comments/comments-section";
import { JsonLd } from "@/components/seo/json-ld";
import { getArticle, getRelated, type ArticleView as Article } from "@/db/queries/articles";
import { findCommentTarget, getCommentPage } from "@/db/queries/comments";
import { displayHeadline } from "@/lib/articles";
import type { ThreadNode } from "@/lib/comment-thread";
import { t } from "@/lib/i18n";
import { authorUrl, breadcrumbLd, newsArticleLd } from "@/lib/seo/json-ld";
import { pageMetadata } from "@/lib/seo/metadata";
import {
  articleImagePath,
  articlePath,
  currentSite,
  sectionFeedPath,
  type SiteInfo,
} from "@/lib/seo/site";

// The article route and its comment-page and reply variants (/…?kommentare=2, /…?antworten=7,
// rewritten in next.config.ts to cacheable paths) all render through here.

async function loadArticle(ressort: string, slug: string) {
  const found = await getArticle(ressort, slug);
  if (found.kind === "moved") permanentRedirect(articlePath(found));
  if (found.kind === "missing") notFound();
  return found.article;
}

/** Which view of the article a route shows; all of them name the article as canonical. */
type ArticleVariant = { kind: "article" } | { kind: "comments"; page: number } | { kind: "reply" };

export async function articleMetadata(
  ressort: string,
  slug: string,
  variant: ArticleVariant = { kind: "article" },
): Promise<Metadata> {
  const article = await loadArticle(ressort, slug);
  const site = currentSite();
  const headline = displayHeadline(article);
  const title =
    variant.kind === "comments"
      ? t.seo.commentsPageTitle(headline, variant.page)
      : variant.kind === "reply"
        ? t.seo.replyTitle(headline)
        : article.seoTitle || headline;
  return pageMetadata(site, {
    title,
    description: article.seoDescription || article.teaser,
    path: articlePath(article),
    image: { path: articleImagePath(article), alt: headline },
    feeds: [
      {
        path: sectionFeedPath(article.sectionSlug),
        title: t.seo.sectionFeedTitle(site.name, article.sectionName),
      },
    ],
    // The reply form is the article again; comment pages carry their own comments.
    noindex: variant.kind === "reply",
    article: {
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      section: article.sectionName,
      authors: article.authorSlug ? [authorUrl(site, article.authorSlug)] : [],
      tags: article.tags.map((tag) => tag.name),
    },
  });
}

function articleJsonLd(site: SiteInfo, article: Article, commentCount: number) {
  const headline = displayHeadline(article);
  return [
    newsArticleLd(site, { ...article, headline, commentCount }),
    breadcrumbLd(site, [
      { name: t.site.home, path: "/" },
      { name: article.sectionName, path: `/${article.sectionSlug}` },
      { name: headline, path: articlePath(article) },
    ]),
  ];
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
  const articleUrl = articlePath(article);
  return (
    <>
      <JsonLd nodes={articleJsonLd(currentSite(), article, comments.total)} />
      <ArticleView article={article} />
      <RelatedStories articles={related} />
      <CommentsSection
        articleId={article.id}
        articleUrl={articleUrl}
        comments={comments}
        commentsOpen={target?.commentsOpen ?? false}
        replyTo={replyTo}
      />
    </>
  );
}
