import { describe, expect, it } from "vitest";
import { authorListing, listingBreadcrumb, listingMetadata, sectionListing } from "./listing";

const site = { url: "https://kiosk.example", name: "Kiosk" };

describe("listingMetadata", () => {
  const section = { slug: "politik", name: "Politik", description: "Alles aus der Politik." };

  it("page 1 and page n are each their own canonical, with their own title", () => {
    const first = listingMetadata(site, sectionListing(site, section, 1));
    const third = listingMetadata(site, sectionListing(site, section, 3));
    expect(first.title).toBe("Politik");
    expect(first.alternates?.canonical).toBe("https://kiosk.example/politik");
    expect(third.title).toBe("Politik – Seite 3");
    expect(third.alternates?.canonical).toBe("https://kiosk.example/politik/seite/3");
    expect(third.description).toBe("Alles aus der Politik. – Seite 3");
  });

  it("keeps the page number when a long description is shortened", () => {
    const author = { slug: "a", name: "A", role: "", bio: "Sehr lange Biografie ".repeat(20) };
    const meta = listingMetadata(site, authorListing(author, 2));
    expect(meta.description).toMatch(/… – Seite 2$/);
    expect([...(meta.description as string)].length).toBeLessThanOrEqual(160);
  });

  it("advertises the Ressort feed besides the site feed", () => {
    const meta = listingMetadata(site, sectionListing(site, section, 1));
    expect(meta.alternates?.types?.["application/rss+xml"]).toEqual([
      { url: "https://kiosk.example/feed.xml", title: "Kiosk – Alle Artikel" },
      { url: "https://kiosk.example/politik/feed.xml", title: "Kiosk – Politik" },
    ]);
  });

  it("breadcrumbs end with the page number on page n", () => {
    const crumbs = listingBreadcrumb(site, sectionListing(site, section, 2)).itemListElement;
    expect(crumbs).toEqual([
      { "@type": "ListItem", position: 1, name: "Startseite", item: "https://kiosk.example/" },
      { "@type": "ListItem", position: 2, name: "Politik", item: "https://kiosk.example/politik" },
      {
        "@type": "ListItem",
        position: 3,
        name: "Seite 2",
        item: "https://kiosk.example/politik/seite/2",
      },
    ]);
  });
});
