import { describe, expect, it } from "vitest";
import { pageMetadata } from "./metadata";

const site = { url: "https://kiosk.example", name: "Kiosk" };

describe("pageMetadata", () => {
  const article = pageMetadata(site, {
    title: "Wahl in Wien",
    description: "Die Wahl in Wien ist geschlagen.",
    path: "/politik/wahl-in-wien",
    image: { path: "/politik/wahl-in-wien/opengraph-image", alt: "Wahl in Wien" },
    article: {
      publishedAt: Date.parse("2024-01-15T08:00:00Z"),
      updatedAt: Date.parse("2024-01-15T09:00:00Z"),
      section: "Politik",
      authors: ["https://kiosk.example/autor/anna-berger"],
      tags: ["Wien"],
    },
  });

  it("has an absolute canonical, index with large image previews, and the site feed", () => {
    expect(article.alternates?.canonical).toBe("https://kiosk.example/politik/wahl-in-wien");
    expect(article.robots).toMatchObject({ index: true, "max-image-preview": "large" });
    expect(article.alternates?.types?.["application/rss+xml"]).toEqual([
      { url: "https://kiosk.example/feed.xml", title: "Kiosk – Alle Artikel" },
    ]);
  });

  it("describes an article to Open Graph and Twitter", () => {
    expect(article.openGraph).toMatchObject({
      type: "article",
      url: "https://kiosk.example/politik/wahl-in-wien",
      siteName: "Kiosk",
      locale: "de_AT",
      title: "Wahl in Wien",
      publishedTime: "2024-01-15T09:00:00+01:00",
      modifiedTime: "2024-01-15T10:00:00+01:00",
      section: "Politik",
      authors: ["https://kiosk.example/autor/anna-berger"],
      tags: ["Wien"],
      images: [
        {
          url: "https://kiosk.example/politik/wahl-in-wien/opengraph-image",
          width: 1200,
          height: 630,
          type: "image/png",
        },
      ],
    });
    expect(article.twitter).toMatchObject({ card: "summary_large_image", title: "Wahl in Wien" });
  });

  it("noindex pages keep following links; the site image is the default", () => {
    const search = pageMetadata(site, {
      title: "Suche",
      description: "x",
      path: null,
      noindex: true,
    });
    expect(search.robots).toEqual({ index: false, follow: true });
    expect(search.alternates?.canonical).toBeUndefined();
    expect(search.openGraph).toMatchObject({
      type: "website",
      images: [expect.objectContaining({ url: "https://kiosk.example/opengraph-image" })],
    });
  });
});
