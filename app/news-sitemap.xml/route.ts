import { displayHeadline } from "@/lib/articles";
import { getNewsArticles } from "@/db/queries/crawlers";
import { articleImagePath, articlePath, currentSite } from "@/lib/seo/site";
import { newsSitemapXml } from "@/lib/seo/sitemaps";
import { xmlResponse } from "@/lib/seo/xml";

// Google News polls this often; it is rebuilt at most once a minute (or when the `articles` tag
// expires) and served from the cache in between. Keep in step with NEWS_REVALIDATE_SECONDS.
export const revalidate = 60;

/** Google News sitemap: articles of the last 48 hours, newest first, at most 1,000. */
export async function GET() {
  const articles = await getNewsArticles();
  return xmlResponse(
    newsSitemapXml(
      currentSite(),
      articles.map((a) => ({
        path: articlePath(a),
        title: displayHeadline(a),
        publishedAt: a.publishedAt,
        imagePath: articleImagePath(a),
      })),
    ),
  );
}
