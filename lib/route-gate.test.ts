import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkRoute, movedLocation, ROUTES, type RouteCheck } from "./route-gate";

/** The routes app/ defines, named as Next names them (route groups left out). */
function appRoutes(): string[] {
  const root = path.join(process.cwd(), "app");
  const routes: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const segments = path
        .relative(root, dir)
        .split(path.sep)
        .filter((s) => s && !/^\(.*\)$/.test(s))
        // "%5F" is how a folder names a URL segment that starts with "_".
        .map((s) => s.replace(/^%5F/i, "_"));
      const base = `/${segments.join("/")}`;
      const child = (name: string) => (base === "/" ? `/${name}` : `${base}/${name}`);
      if (/^(page|route)\.tsx?$/.test(entry.name)) routes.push(base);
      else if (/^opengraph-image\.tsx?$/.test(entry.name)) routes.push(child("opengraph-image"));
      else if (/^icon\.(svg|png|ico)$/.test(entry.name)) routes.push(child(entry.name));
      else if (/^robots\.tsx?$/.test(entry.name)) routes.push(child("robots.txt"));
      else if (/^sitemap\.tsx?$/.test(entry.name)) routes.push(child("sitemap.xml"));
      else if (entry.name.startsWith("not-found.") && base === "/") routes.push("/_not-found");
    }
  };
  walk(root);
  return [...new Set(routes)].sort();
}

describe("the route table", () => {
  it("names every route of app/ and no other", () => {
    // A new route needs a line in ROUTES: otherwise the gate would answer it with 404.
    expect(Object.keys(ROUTES).sort()).toEqual(appRoutes());
  });
});

const q = (query = "") => new URLSearchParams(query);
const PASS: RouteCheck = { kind: "pass" };
const NOT_FOUND: RouteCheck = { kind: "not-found" };
const article = (section: string, slug: string, extra = {}) => ({
  kind: "lookup",
  lookup: { kind: "article", section, slug, commentPage: null, replyTo: null, ...extra },
});

describe("checkRoute", () => {
  it.each<[string, string, unknown]>([
    // Static files and pages rendered per request pass as they are.
    ["/", "", PASS],
    ["/suche", "q=wien", PASS],
    ["/feed.xml", "", PASS],
    ["/sitemap.xml", "", PASS],
    ["/news-sitemap.xml", "", PASS],
    ["/robots.txt", "", PASS],
    ["/icon.svg", "", PASS],
    ["/logo.png", "", PASS],
    ["/opengraph-image", "", PASS],
    ["/_not-found", "", PASS],
    // The gone page is reached only through the gate's own rewrite (lib/server/guards.ts).
    ["/_zurueckgezogen/politik", "", NOT_FOUND],
    ["/admin", "", PASS],
    ["/admin/kommentare/12", "", PASS],
    ["/api/health", "", PASS],
    ["/_next/static/chunks/x.js", "", PASS],
    // Next redirects these to the plain form and caches nothing.
    ["/politik/", "", PASS],
    ["/zzz/", "", PASS],
    ["//zzz", "", PASS],
    // Cached routes name what must exist.
    ["/politik", "", { kind: "lookup", lookup: { kind: "section", section: "politik", page: 1 } }],
    [
      "/politik/feed.xml",
      "",
      { kind: "lookup", lookup: { kind: "section", section: "politik", page: 1 } },
    ],
    [
      "/politik/seite/7",
      "",
      { kind: "lookup", lookup: { kind: "section", section: "politik", page: 7 } },
    ],
    [
      "/politik/seite/%31",
      "",
      { kind: "lookup", lookup: { kind: "section", section: "politik", page: 1 } },
    ],
    ["/politik/ein-artikel", "", article("politik", "ein-artikel")],
    ["/politik/ein-artikel", "utm_source=x", article("politik", "ein-artikel")],
    ["/politik/ein-artikel", "kommentare=3", article("politik", "ein-artikel", { commentPage: 3 })],
    ["/politik/ein-artikel", "kommentare=1", article("politik", "ein-artikel", { commentPage: 1 })],
    [
      "/politik/ein-artikel",
      "kommentare=x&kommentare=4",
      article("politik", "ein-artikel", { commentPage: 4 }),
    ],
    ["/politik/ein-artikel", "antworten=77", article("politik", "ein-artikel", { replyTo: 77 })],
    [
      "/politik/ein-artikel",
      "kommentare=2&antworten=77",
      article("politik", "ein-artikel", { commentPage: 2 }),
    ],
    [
      "/politik/ein-artikel/kommentare/2",
      "",
      article("politik", "ein-artikel", { commentPage: 2 }),
    ],
    ["/politik/ein-artikel/antworten/5", "", article("politik", "ein-artikel", { replyTo: 5 })],
    ["/politik/ein-artikel/opengraph-image", "", article("politik", "ein-artikel")],
    ["/politik/ein-artikel/kommentar-start", "artikel=12", PASS],
    [
      "/autor/anna-muster",
      "",
      { kind: "lookup", lookup: { kind: "author", slug: "anna-muster", page: 1 } },
    ],
    [
      "/autor/anna-muster/seite/3",
      "",
      { kind: "lookup", lookup: { kind: "author", slug: "anna-muster", page: 3 } },
    ],
    ["/thema/wien", "", { kind: "lookup", lookup: { kind: "topic", slug: "wien", page: 1 } }],
    [
      "/thema/wien/seite/2",
      "",
      { kind: "lookup", lookup: { kind: "topic", slug: "wien", page: 2 } },
    ],
    ["/info/impressum", "", { kind: "lookup", lookup: { kind: "info", slug: "impressum" } }],
    [
      "/sitemaps/artikel-2024-05-2.xml",
      "",
      {
        kind: "lookup",
        lookup: { kind: "sitemap", file: { kind: "articles", month: "2024-05", part: 2 } },
      },
    ],
    [
      "/sitemaps/seiten.xml",
      "",
      { kind: "lookup", lookup: { kind: "sitemap", file: { kind: "pages", part: 1 } } },
    ],
    // A lead image is known from its key alone.
    ["/bilder/politik-17.svg", "", PASS],
    // Unknown without asking the database: no route, or a parameter no page accepts.
    ["/politik/ein-artikel", "kommentare=900001", NOT_FOUND],
    ["/politik/ein-artikel", "kommentare=0", NOT_FOUND],
    ["/politik/ein-artikel", "kommentare=02", NOT_FOUND],
    ["/politik/ein-artikel", "kommentare=", NOT_FOUND],
    ["/politik/ein-artikel", "kommentare=2&kommentare=x", NOT_FOUND],
    ["/politik/ein-artikel", "antworten=12345678901", NOT_FOUND],
    ["/politik/ein-artikel", "antworten=abc", NOT_FOUND],
    ["/politik/ein-artikel/kommentare/0", "", NOT_FOUND],
    ["/politik/ein-artikel/kommentare/100000", "", NOT_FOUND],
    ["/politik/ein-artikel/antworten/0", "", NOT_FOUND],
    ["/politik/seite/0", "", NOT_FOUND],
    ["/politik/seite/1e3", "", NOT_FOUND],
    ["/politik/seite/abc", "", NOT_FOUND],
    ["/politik/a/b/c", "", NOT_FOUND],
    ["/politik/..%2F..%2Fetc%2Fpasswd", "", NOT_FOUND],
    ["/Politik", "", NOT_FOUND],
    ["/favicon.ico", "", NOT_FOUND], // unless public/ has it (below)
    ["/zzz.rsc", "", NOT_FOUND],
    [`/politik/${"a".repeat(201)}`, "", NOT_FOUND],
    ["/politik/a%00b", "", NOT_FOUND],
    ["/bilder/x.svg", "", NOT_FOUND],
    ["/bilder/politik-0.svg", "", NOT_FOUND],
    ["/bilder/politik-17.png", "", NOT_FOUND],
    ["/sitemaps/x.xml", "", NOT_FOUND],
    ["/sitemaps/artikel-2024-13.xml", "", NOT_FOUND],
    ["/x/y/opengraph-image/z", "", NOT_FOUND],
    ["/api/zzz/x", "", NOT_FOUND],
    ["/admin/zzz/x/y", "", NOT_FOUND],
    // Next itself would try these as an article (Ressort "admin"); the database says no.
    ["/admin/zzz", "", article("admin", "zzz")],
    ["/suche/zzz", "", article("suche", "zzz")],
    ["/autor/anna-muster/seite/0", "", NOT_FOUND],
    ["/thema/WIEN", "", NOT_FOUND],
    ["/info/geheim/mehr", "", NOT_FOUND],
  ])("%s?%s", (pathname, query, expected) => {
    expect(checkRoute(pathname, q(query))).toEqual(expected);
  });

  it("lets the files of public/ through", () => {
    const publicFiles = new Set(["/favicon.ico", "/humans.txt"]);
    expect(checkRoute("/favicon.ico", q(), publicFiles)).toEqual(PASS);
    expect(checkRoute("/humans.txt", q(), publicFiles)).toEqual(PASS);
    expect(checkRoute("/favicon.ico", q())).toEqual(NOT_FOUND);
    expect(checkRoute("/apple-touch-icon-precomposed.png", q(), publicFiles)).toEqual(NOT_FOUND);
  });

  it("prefers a static segment over a parameter, as Next does", () => {
    expect(checkRoute("/politik/feed.xml", q())).toEqual({
      kind: "lookup",
      lookup: { kind: "section", section: "politik", page: 1 },
    });
    expect(checkRoute("/suche", q())).toEqual(PASS);
    expect(checkRoute("/admin/login", q())).toEqual(PASS);
  });
});

describe("movedLocation", () => {
  const current = { sectionSlug: "economy", slug: "neuer-titel" };
  it.each([
    ["/sport/alter-titel", "", "/economy/neuer-titel"],
    ["/sport/alter-titel", "?kommentare=2", "/economy/neuer-titel?kommentare=2"],
    ["/sport/alter-titel/opengraph-image", "", "/economy/neuer-titel/opengraph-image"],
    ["/sport/alter-titel/kommentare/3", "", "/economy/neuer-titel/kommentare/3"],
  ])("%s%s → %s", (pathname, search, location) => {
    expect(movedLocation(pathname, search, current)).toBe(location);
  });
});
