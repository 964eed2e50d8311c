import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { feedGuid, rssXml, type FeedItem } from "./rss";

const site = { url: "https://kiosk.example", name: "Kiosk" };
const TRICKY = 'Er sagte: "Nie wieder" </script> & <b>fett</b> 🎉';

const item: FeedItem = {
  id: 42,
  title: TRICKY,
  path: "/politik/nie-wieder",
  publishedAt: Date.parse("2024-01-15T08:00:00Z"),
  description: "Teaser mit <Klammern> & Umlauten: äöü",
  categories: ["Politik", "Wien"],
  creator: "Anna Berger",
  imagePath: "/politik/nie-wieder/opengraph-image",
  imageAlt: "Bild",
};

describe("rssXml", () => {
  it("is a valid RSS 2.0 feed a real parser reads back unchanged", async () => {
    const xml = rssXml(site, {
      title: "Kiosk – Politik",
      description: "Die neuesten Artikel",
      path: "/politik",
      feedPath: "/politik/feed.xml",
      items: [item],
    });
    expect(xml).not.toContain("</script>");
    const parser = new Parser({ customFields: { item: ["media:content"] } });
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe("Kiosk – Politik");
    expect(feed.link).toBe("https://kiosk.example/politik");
    expect(feed.language).toBe("de-AT");
    const [parsed] = feed.items;
    expect(parsed).toMatchObject({
      title: TRICKY,
      link: "https://kiosk.example/politik/nie-wieder",
      guid: feedGuid(site, 42),
      pubDate: "Mon, 15 Jan 2024 09:00:00 +0100",
      content: "Teaser mit <Klammern> & Umlauten: äöü",
      categories: ["Politik", "Wien"],
      creator: "Anna Berger",
    });
    expect(Date.parse(parsed!.pubDate!)).toBe(item.publishedAt);
    expect(
      (parsed as unknown as Record<string, { $: { url: string } }>)["media:content"]!.$.url,
    ).toBe("https://kiosk.example/politik/nie-wieder/opengraph-image");
  });

  it("guids do not depend on the URL", () => {
    expect(feedGuid(site, 7)).toBe("kiosk.example:artikel:7");
  });
});
