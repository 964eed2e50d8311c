import { describe, expect, it } from "vitest";
import {
  breadcrumbLd,
  collectionPageLd,
  newsArticleLd,
  organizationLd,
  profilePageLd,
  serializeJsonLd,
  websiteLd,
  type ArticleForLd,
} from "./json-ld";

const site = { url: "https://kiosk.example", name: "Kiosk" };
const TRICKY = 'Er sagte: "Nie wieder" </script><script>alert(1)</script> <!-- & 🎉\u2028';

const article: ArticleForLd = {
  slug: "wahl-in-wien",
  sectionSlug: "politik",
  sectionName: "Politik",
  headline: "Wahl in Wien",
  teaser: "Die Wahl in Wien ist geschlagen.",
  publishedAt: Date.parse("2024-01-15T08:00:00Z"),
  updatedAt: Date.parse("2024-07-15T09:30:00Z"),
  authorName: "Anna Berger",
  authorSlug: "anna-berger",
  imageKey: "politik-7",
  tags: [{ name: "Wien" }, { name: "Wahlen" }],
  commentCount: 12,
};

describe("serializeJsonLd", () => {
  it("keeps any text inside the script element and parses back to the same value", () => {
    const json = serializeJsonLd({ "@type": "Thing", name: TRICKY });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain("</script");
    expect(JSON.parse(json)).toEqual({
      "@context": "https://schema.org",
      "@type": "Thing",
      name: TRICKY,
    });
  });
});

describe("newsArticleLd", () => {
  const ld = newsArticleLd(site, article);

  it("has every property Google's article guidelines ask for", () => {
    expect(ld).toMatchObject({
      "@type": "NewsArticle",
      url: "https://kiosk.example/politik/wahl-in-wien",
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://kiosk.example/politik/wahl-in-wien" },
      headline: "Wahl in Wien",
      description: "Die Wahl in Wien ist geschlagen.",
      datePublished: "2024-01-15T09:00:00+01:00",
      dateModified: "2024-07-15T11:30:00+02:00",
      author: [
        { "@type": "Person", name: "Anna Berger", url: "https://kiosk.example/autor/anna-berger" },
      ],
      publisher: {
        "@type": "NewsMediaOrganization",
        name: "Kiosk",
        logo: { "@type": "ImageObject", url: "https://kiosk.example/logo.png" },
      },
      articleSection: "Politik",
      keywords: ["Wien", "Wahlen"],
      inLanguage: "de-AT",
      commentCount: 12,
    });
  });

  it("lists the PNG share image first, then the lead image", () => {
    expect(ld.image).toEqual([
      expect.objectContaining({
        url: "https://kiosk.example/politik/wahl-in-wien/opengraph-image",
        width: 1200,
        height: 630,
      }),
      expect.objectContaining({ url: "https://kiosk.example/bilder/politik-7.svg" }),
    ]);
    expect(newsArticleLd(site, { ...article, imageKey: null }).image).toHaveLength(1);
  });

  it("shortens long headlines to 110 characters", () => {
    const long = newsArticleLd(site, {
      ...article,
      headline: "Sehr lange Schlagzeile ".repeat(10),
    });
    expect([...(long.headline as string)].length).toBeLessThanOrEqual(110);
  });

  it("names the newsroom as author when there is no byline", () => {
    const ld2 = newsArticleLd(site, { ...article, authorName: null, authorSlug: null });
    expect(ld2.author).toEqual([
      { "@type": "NewsMediaOrganization", name: "Kiosk", url: "https://kiosk.example/" },
    ]);
  });

  it("never goes back in time: dateModified is at least datePublished", () => {
    const scheduled = newsArticleLd(site, {
      ...article,
      updatedAt: article.publishedAt - 3600_000,
    });
    expect(scheduled.dateModified).toBe(scheduled.datePublished);
  });
});

describe("site-wide nodes", () => {
  it("the organisation is the articles' publisher plus its policies", () => {
    const publisher = newsArticleLd(site, article).publisher;
    expect(organizationLd(site)).toEqual({
      ...(publisher as object),
      masthead: "https://kiosk.example/info/impressum",
      publishingPrinciples: "https://kiosk.example/info/impressum",
      actionableFeedbackPolicy: "https://kiosk.example/info/kontakt",
    });
    expect(publisher).toEqual({
      "@type": "NewsMediaOrganization",
      "@id": "https://kiosk.example/#organisation",
      name: "Kiosk",
      url: "https://kiosk.example/",
      logo: {
        "@type": "ImageObject",
        url: "https://kiosk.example/logo.png",
        width: 512,
        height: 512,
      },
    });
  });

  it("WebSite has a SearchAction with the search_term_string placeholder", () => {
    const ld = websiteLd(site, "Nachrichten");
    expect(ld.potentialAction).toEqual({
      "@type": "SearchAction",
      target: {
        "@type": "EntryPoint",
        urlTemplate: "https://kiosk.example/suche?q={search_term_string}",
      },
      "query-input": "required name=search_term_string",
    });
    expect(ld.publisher).toEqual({ "@id": organizationLd(site)["@id"] });
  });

  it("breadcrumbs are numbered from 1 with absolute URLs", () => {
    const ld = breadcrumbLd(site, [
      { name: "Startseite", path: "/" },
      { name: "Politik", path: "/politik" },
    ]);
    expect(ld.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Startseite", item: "https://kiosk.example/" },
      { "@type": "ListItem", position: 2, name: "Politik", item: "https://kiosk.example/politik" },
    ]);
  });

  it("CollectionPage lists the page's articles; ProfilePage describes a Person", () => {
    const c = collectionPageLd(site, {
      name: "Politik",
      description: "Alles aus der Politik",
      path: "/politik",
      items: [article],
    });
    expect(c).toMatchObject({
      "@type": "CollectionPage",
      "@id": "https://kiosk.example/politik",
      url: "https://kiosk.example/politik",
      name: "Politik",
      description: "Alles aus der Politik",
      inLanguage: "de-AT",
      isPartOf: { "@id": "https://kiosk.example/#website" },
    });
    expect(c.mainEntity).toMatchObject({
      "@type": "ItemList",
      itemListElement: [
        { "@type": "ListItem", position: 1, url: "https://kiosk.example/politik/wahl-in-wien" },
      ],
    });
    const p = profilePageLd(site, {
      slug: "anna-berger",
      name: "Anna Berger",
      role: "Innenpolitik",
      bio: "Schreibt über Politik.",
      path: "/autor/anna-berger",
      lastPublishedAt: article.publishedAt,
    });
    expect(p).toMatchObject({
      "@type": "ProfilePage",
      "@id": "https://kiosk.example/autor/anna-berger",
      url: "https://kiosk.example/autor/anna-berger",
      name: "Anna Berger",
      inLanguage: "de-AT",
      isPartOf: { "@id": "https://kiosk.example/#website" },
      dateModified: "2024-01-15T09:00:00+01:00",
    });
    expect(p.mainEntity).toMatchObject({
      "@type": "Person",
      name: "Anna Berger",
      url: "https://kiosk.example/autor/anna-berger",
      jobTitle: "Innenpolitik",
    });
  });
});
