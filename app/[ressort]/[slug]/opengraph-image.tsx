import { displayHeadline } from "@/lib/articles";
import { articleShareImage } from "@/components/seo/share-image";
import { getArticle } from "@/db/queries/articles";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";
import { renderLeadImage } from "@/lib/lead-image";
import { articleImagePath, SHARE_IMAGE_SIZE } from "@/lib/seo/site";

// An article's share image, /{ressort}/{slug}/opengraph-image: drawn on its first request and
// cached; the article's cache tag expires it with the article. It lives outside the (site) route
// group so its URL carries no group hash and the article's metadata and JSON-LD can name it.
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const revalidate = 86400;
export function generateStaticParams() {
  return [];
}

export default async function Image({
  params,
}: {
  params: Promise<{ ressort: string; slug: string }>;
}) {
  const { ressort, slug } = await params;
  const found = await getArticle(ressort, slug);
  if (found.kind === "moved") {
    return new Response(null, {
      status: 308,
      headers: { Location: articleImagePath(found) },
    });
  }
  if (found.kind === "missing") {
    return new Response(t.seo.notFound, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const { article } = found;
  return articleShareImage({
    siteName: env.siteName,
    section: article.sectionName,
    headline: displayHeadline(article),
    leadImageSvg: article.imageKey ? renderLeadImage(article.imageKey) : null,
  });
}
