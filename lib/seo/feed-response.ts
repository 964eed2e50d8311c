import { displayHeadline } from "@/lib/articles";
import type { FeedData } from "@/db/queries/crawlers";
import { t } from "@/lib/i18n";
import { rssXml, type FeedItem } from "./rss";
import { articleImagePath, articlePath, currentSite, FEED_PATH, sectionFeedPath } from "./site";
import { xmlResponse } from "./xml";

function item(row: FeedData["items"][number]): FeedItem {
  const title = displayHeadline(row);
  return {
    id: row.id,
    title,
    path: articlePath(row),
    publishedAt: row.publishedAt,
    description: row.teaser,
    categories: [row.sectionName, ...row.tags],
    creator: row.authorName ?? t.article.newsroom,
    imagePath: articleImagePath(row),
    imageAlt: row.imageKey && row.imageAlt ? row.imageAlt : title,
  };
}

/** The RSS response for the whole site (`section` null) or one Ressort. */
export function feedResponse(data: FeedData): Response {
  const site = currentSite();
  const channel = data.section
    ? {
        title: t.seo.sectionFeedTitle(site.name, data.section.name),
        description: t.seo.sectionFeedDescription(site.name, data.section.name),
        path: `/${data.section.slug}`,
        feedPath: sectionFeedPath(data.section.slug),
      }
    : {
        title: t.seo.feedTitle(site.name),
        description: t.seo.feedDescription(site.name),
        path: "/",
        feedPath: FEED_PATH,
      };
  return xmlResponse(
    rssXml(site, { ...channel, items: data.items.map(item) }),
    "application/rss+xml",
  );
}
