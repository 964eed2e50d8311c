// RSS 2.0 with the Dublin Core (dc:creator), Media RSS (the share image) and Atom (self link)
// extensions every feed reader and aggregator understands.
import { toRfc822 } from "./dates";
import { absoluteUrl, LANGUAGE, SHARE_IMAGE_SIZE, type SiteInfo } from "./site";
import { element, emptyElement, textElement, XML_DECLARATION } from "./xml";

/** Feeds list the newest 50 articles. */
export const FEED_SIZE = 50;

export interface FeedItem {
  id: number;
  title: string;
  path: string;
  publishedAt: number;
  description: string;
  /** The Ressort first, then the topics. */
  categories: readonly string[];
  creator: string;
  /** The share image (PNG). */
  imagePath: string;
  imageAlt: string;
}

interface FeedChannel {
  title: string;
  description: string;
  /** The HTML page the feed belongs to. */
  path: string;
  /** The feed's own URL. */
  feedPath: string;
  items: readonly FeedItem[];
}

/**
 * A guid that survives a changed headline or slug, so readers never show an article twice. It is
 * not a link (isPermaLink="false"); the link is in <link>.
 */
export function feedGuid(site: SiteInfo, id: number): string {
  return `${new URL(site.url).host}:artikel:${id}`;
}

function itemXml(site: SiteInfo, item: FeedItem): string {
  const link = absoluteUrl(site, item.path);
  const image = absoluteUrl(site, item.imagePath);
  return element(
    "item",
    [
      textElement("title", item.title),
      textElement("link", link),
      textElement("guid", feedGuid(site, item.id), { isPermaLink: "false" }),
      textElement("pubDate", toRfc822(item.publishedAt)),
      textElement("description", item.description),
      ...item.categories.map((c) => textElement("category", c)),
      textElement("dc:creator", item.creator),
      element("media:content", textElement("media:description", item.imageAlt), {
        url: image,
        medium: "image",
        type: "image/png",
        width: SHARE_IMAGE_SIZE.width,
        height: SHARE_IMAGE_SIZE.height,
      }),
      emptyElement("media:thumbnail", {
        url: image,
        width: SHARE_IMAGE_SIZE.width,
        height: SHARE_IMAGE_SIZE.height,
      }),
    ].join(""),
  );
}

export function rssXml(site: SiteInfo, channel: FeedChannel, now = Date.now()): string {
  const link = absoluteUrl(site, channel.path);
  const newest = channel.items[0]?.publishedAt ?? now;
  const head = [
    textElement("title", channel.title),
    textElement("link", link),
    textElement("description", channel.description),
    textElement("language", LANGUAGE),
    textElement("copyright", `© ${site.name}`),
    textElement("lastBuildDate", toRfc822(newest)),
    textElement("pubDate", toRfc822(newest)),
    textElement("generator", site.name),
    // Minutes a reader may keep the feed; the server refreshes it at the same pace.
    textElement("ttl", 5),
    emptyElement("atom:link", {
      href: absoluteUrl(site, channel.feedPath),
      rel: "self",
      type: "application/rss+xml",
    }),
  ].join("\n");
  const items = channel.items.map((item) => itemXml(site, item)).join("\n");
  return (
    XML_DECLARATION +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n' +
    `<channel>\n${head}\n${items}\n</channel>\n</rss>\n`
  );
}
