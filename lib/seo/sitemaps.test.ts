import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  childFileName,
  findChild,
  monthRange,
  newsSitemapXml,
  parseChildFileName,
  planSitemap,
  sitemapIndexXml,
  urlsetXml,
  type ChildId,
} from "./sitemaps";
import { escapeXml } from "./xml";

const site = { url: "https://kiosk.example", name: 'Kiosk & "Co"' };
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["url", "sitemap", "image:image"].includes(name),
});
const TRICKY = 'Er sagte: "Nie wieder" </script> & <b>fett</b> 🎉';

describe("escapeXml", () => {
  it("escapes markup and drops characters XML cannot carry", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;",
    );
    expect(escapeXml("a\u0000b\u0008c\uD800d 🎉")).toBe("abcd 🎉");
  });
});

describe("urlsetXml", () => {
  it("writes absolute locs, lastmod with offset and image entries", () => {
    const xml = urlsetXml(site, [
      { path: "/", lastmod: Date.parse("2024-07-01T10:00:00Z") },
      { path: "/politik/a-b", lastmod: null, images: ["/bilder/politik-1.svg"] },
    ]);
    const doc = parser.parse(xml);
    expect(doc.urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(doc.urlset.url).toEqual([
      { loc: "https://kiosk.example/", lastmod: "2024-07-01T12:00:00+02:00" },
      {
        loc: "https://kiosk.example/politik/a-b",
        "image:image": [{ "image:loc": "https://kiosk.example/bilder/politik-1.svg" }],
      },
    ]);
  });
});

describe("sitemapIndexXml", () => {
  it("lists the children", () => {
    const doc = parser.parse(
      sitemapIndexXml(site, [{ path: "/sitemaps/seiten.xml", lastmod: null }]),
    );
    expect(doc.sitemapindex.sitemap).toEqual([
      { loc: "https://kiosk.example/sitemaps/seiten.xml" },
    ]);
  });
});

describe("newsSitemapXml", () => {
  it("has publication name and language, date and title, escaped", () => {
    const xml = newsSitemapXml(site, [
      {
        path: "/politik/x",
        title: TRICKY,
        publishedAt: Date.parse("2024-01-15T08:00:00Z"),
        imagePath: "/politik/x/opengraph-image",
      },
    ]);
    expect(xml).not.toContain("</script>");
    const [url] = parser.parse(xml).urlset.url;
    expect(url["news:news"]).toEqual({
      "news:publication": { "news:name": 'Kiosk & "Co"', "news:language": "de" },
      "news:publication_date": "2024-01-15T09:00:00+01:00",
      "news:title": TRICKY,
    });
  });
});

describe("planSitemap", () => {
  const months = [
    { month: "2024-01", count: 40, lastmod: 1 },
    { month: "2024-02", count: 130, lastmod: 2 },
  ];

  it("is one file while everything fits", () => {
    expect(planSitemap({ count: 30, lastmod: 5 }, months, 200)).toEqual({
      kind: "single",
      total: 200,
    });
  });

  it("becomes an index past the limit: the other pages, then months newest first, split in parts", () => {
    const plan = planSitemap({ count: 30, lastmod: 5 }, months, 100);
    expect(plan.kind).toBe("index");
    if (plan.kind !== "index") return;
    expect(plan.children.map((c) => childFileName(c))).toEqual([
      "seiten.xml",
      "artikel-2024-02.xml",
      "artikel-2024-02-2.xml",
      "artikel-2024-01.xml",
    ]);
    expect(findChild(plan, { kind: "articles", month: "2024-02", part: 2 })).not.toBeNull();
    expect(findChild(plan, { kind: "articles", month: "2024-02", part: 3 })).toBeNull();
    expect(findChild(plan, { kind: "articles", month: "2023-12", part: 1 })).toBeNull();
  });

  it("file names round-trip and nothing else parses", () => {
    const ids: ChildId[] = [
      { kind: "pages", part: 1 },
      { kind: "pages", part: 3 },
      { kind: "articles", month: "2024-12", part: 1 },
      { kind: "articles", month: "2024-05", part: 12 },
    ];
    for (const id of ids) expect(parseChildFileName(childFileName(id))).toEqual(id);
    for (const bad of [
      "seiten-1.xml",
      "artikel-2024-13.xml",
      "artikel-2024-05-1.xml",
      "artikel-2024-5.xml",
      "artikel-2024-05.xml.gz",
      "../etc.xml",
    ]) {
      expect(parseChildFileName(bad)).toBeNull();
    }
  });

  it("month ranges are UTC calendar months", () => {
    expect(monthRange("2024-12")).toEqual({
      from: Date.UTC(2024, 11, 1),
      to: Date.UTC(2025, 0, 1),
    });
  });
});
