// Which requests may reach Next's renderer. Every page and file of the public site is rendered on
// its first request and then kept in Next's cache on disk, including a "not found" answer: left
// alone, each distinct unknown URL would add a cache entry (about 60 KB) for good. The HTTP
// server (scripts/server.ts) asks this module first. It knows the app's routes (the table below,
// kept in step with app/ by route-gate.test.ts) and what their parameters may look like, and it
// names the database lookup (db/route-lookup.ts) that tells whether the thing exists. Unknown
// URLs are answered with the prerendered 404 page, which Next serves without writing anything.
import { parseLeadImageKey } from "@/lib/lead-image";
import { parsePageNumber } from "@/lib/paging";
import { parseId } from "@/lib/route-params";
import { parseChildFileName, type ChildId } from "@/lib/seo/sitemaps";
import { SLUG_PATTERN } from "@/lib/slug";

/** The prerendered 404 page (app/not-found.tsx) that unknown URLs are rewritten to. */
export const NOT_FOUND_PATH = "/_not-found";

/**
 * The page a withdrawn article's URLs are rewritten to (app/(site)/%5Fzurueckgezogen), one per
 * Ressort; the server sends it with 410. No slug can start with "_", so no Ressort hides it.
 */
export const GONE_PATH = "/_zurueckgezogen";

export function gonePath(sectionSlug: string): string {
  return `${GONE_PATH}/${sectionSlug}`;
}

/** What must exist for a URL to be a page (answered by db/route-lookup.ts). */
export type RouteLookup =
  // page 1 is the listing itself (and its feed); later pages need that many articles.
  | { kind: "section"; section: string; page: number }
  | { kind: "author"; slug: string; page: number }
  | { kind: "topic"; slug: string; page: number }
  | { kind: "info"; slug: string }
  | { kind: "sitemap"; file: ChildId }
  // An article under any Ressort or an old slug: the gate redirects to where it lives now.
  | {
      kind: "article";
      section: string;
      slug: string;
      commentPage: number | null;
      replyTo: number | null;
    };

export type RouteCheck =
  /** Static files, dynamic pages (rendered per request, never cached) and URLs Next redirects. */
  { kind: "pass" } | { kind: "not-found" } | { kind: "lookup"; lookup: RouteLookup };

const PASS: RouteCheck = { kind: "pass" };
const NOT_FOUND: RouteCheck = { kind: "not-found" };

type Params = Record<string, string>;
type Check = (params: Params, query: URLSearchParams) => RouteCheck;

function lookup(value: RouteLookup): RouteCheck {
  return { kind: "lookup", lookup: value };
}

function isSlug(value: string | undefined): value is string {
  return value !== undefined && value.length <= 200 && SLUG_PATTERN.test(value);
}

/** The last value of a query parameter, as Next's rewrite conditions read it. */
function lastValue(query: URLSearchParams, key: string): string | undefined {
  return query.getAll(key).at(-1);
}

const section: Check = ({ ressort }) =>
  isSlug(ressort) ? lookup({ kind: "section", section: ressort, page: 1 }) : NOT_FOUND;

// Page "1" is a real URL too: the route redirects it to the listing.
const sectionPage: Check = ({ ressort, page }) => {
  const n = parsePageNumber(page);
  return isSlug(ressort) && n !== null
    ? lookup({ kind: "section", section: ressort, page: n })
    : NOT_FOUND;
};

function article(
  params: Params,
  variant: { commentPage?: number | null; replyTo?: number | null },
): RouteCheck {
  const { ressort, slug } = params;
  if (!isSlug(ressort) || !isSlug(slug)) return NOT_FOUND;
  return lookup({
    kind: "article",
    section: ressort,
    slug,
    commentPage: variant.commentPage ?? null,
    replyTo: variant.replyTo ?? null,
  });
}

// /{ressort}/{slug}?kommentare=N and ?antworten=ID are rewritten by next.config.ts to the
// comment-page and reply routes; the gate reads the query the same way (last value, kommentare
// first). A value the rewrite would not accept is not a page.
const articleWithQuery: Check = (params, query) => {
  if (query.has("kommentare")) {
    const page = parsePageNumber(lastValue(query, "kommentare"));
    return page === null ? NOT_FOUND : article(params, { commentPage: page });
  }
  if (query.has("antworten")) {
    const id = parseId(lastValue(query, "antworten"));
    return id === null ? NOT_FOUND : article(params, { replyTo: id });
  }
  return article(params, {});
};

const author: Check = ({ slug, page }) => {
  const n = page === undefined ? 1 : parsePageNumber(page);
  return isSlug(slug) && n !== null ? lookup({ kind: "author", slug, page: n }) : NOT_FOUND;
};

const topic: Check = ({ slug, page }) => {
  const n = page === undefined ? 1 : parsePageNumber(page);
  return isSlug(slug) && n !== null ? lookup({ kind: "topic", slug, page: n }) : NOT_FOUND;
};

/**
 * Every route of the app (route groups left out), as Next names them. Static routes and the
 * dynamic, per-request ones pass; cached dynamic routes say what they need.
 */
export const ROUTES: Readonly<Record<string, Check>> = {
  "/": () => PASS,
  "/_not-found": () => PASS,
  // Reached only through the gate's own rewrite of a withdrawn article's URL.
  "/_zurueckgezogen/[ressort]": () => NOT_FOUND,
  "/[ressort]": section,
  "/[ressort]/[slug]": articleWithQuery,
  "/[ressort]/[slug]/antworten/[comment]": (params) => {
    const id = parseId(params.comment);
    return id === null ? NOT_FOUND : article(params, { replyTo: id });
  },
  "/[ressort]/[slug]/kommentare/[page]": (params) => {
    const page = parsePageNumber(params.page);
    return page === null ? NOT_FOUND : article(params, { commentPage: page });
  },
  // Rendered per request (the comment form's start mark); it checks the article itself.
  "/[ressort]/[slug]/kommentar-start": () => PASS,
  "/[ressort]/[slug]/opengraph-image": (params) => article(params, {}),
  "/[ressort]/feed.xml": section,
  "/[ressort]/seite/[page]": sectionPage,
  "/admin": () => PASS,
  "/admin/artikel": () => PASS,
  "/admin/artikel/[id]": () => PASS,
  "/admin/artikel/[id]/vorschau": () => PASS,
  "/admin/artikel/[id]/versionen": () => PASS,
  "/admin/artikel/neu": () => PASS,
  "/admin/autoren": () => PASS,
  "/admin/autoren/[id]": () => PASS,
  "/admin/autoren/neu": () => PASS,
  "/admin/einstellungen": () => PASS,
  "/admin/kommentare": () => PASS,
  "/admin/kommentare/[id]": () => PASS,
  "/admin/login": () => PASS,
  "/admin/protokoll": () => PASS,
  "/admin/themen": () => PASS,
  "/admin/themen/[id]": () => PASS,
  "/admin/themen/neu": () => PASS,
  "/api/health": () => PASS,
  "/api/kommentar-token": () => PASS,
  "/api/intern/zeitplan": () => PASS,
  "/autor/[slug]": author,
  "/autor/[slug]/seite/[page]": author,
  // Lead images are drawn from their key alone; a valid key is a picture (6 × 9,999 of them).
  "/bilder/[file]": ({ file }) =>
    file?.endsWith(".svg") && parseLeadImageKey(file.slice(0, -4)) ? PASS : NOT_FOUND,
  "/feed.xml": () => PASS,
  "/icon.svg": () => PASS,
  "/info/[slug]": ({ slug }) => (isSlug(slug) ? lookup({ kind: "info", slug }) : NOT_FOUND),
  "/logo.png": () => PASS,
  "/news-sitemap.xml": () => PASS,
  "/opengraph-image": () => PASS,
  "/robots.txt": () => PASS,
  "/sitemap.xml": () => PASS,
  "/sitemaps/[file]": ({ file }) => {
    const id = file === undefined ? null : parseChildFileName(file);
    return id ? lookup({ kind: "sitemap", file: id }) : NOT_FOUND;
  },
  "/suche": () => PASS,
  "/thema/[slug]": topic,
  "/thema/[slug]/seite/[page]": topic,
};

interface CompiledRoute {
  segments: string[];
  check: Check;
}

// Next prefers a static segment over a dynamic one at the same place: sorting the routes that
// way lets the first match win.
const COMPILED: CompiledRoute[] = Object.entries(ROUTES)
  .map(([pattern, check]) => ({ segments: pattern.split("/").filter(Boolean), check }))
  .sort((a, b) => {
    for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
      const dynamicA = a.segments[i]!.startsWith("[");
      const dynamicB = b.segments[i]!.startsWith("[");
      if (dynamicA !== dynamicB) return dynamicA ? 1 : -1;
    }
    return 0;
  });

function match(segments: readonly string[]): { route: CompiledRoute; params: Params } | null {
  for (const route of COMPILED) {
    if (route.segments.length !== segments.length) continue;
    const params: Params = {};
    let matched = true;
    for (let i = 0; i < segments.length && matched; i++) {
      const part = route.segments[i]!;
      const value = segments[i]!;
      if (part.startsWith("[")) params[part.slice(1, -1)] = value;
      else matched = part === value;
    }
    if (matched) return { route, params };
  }
  return null;
}

/**
 * What to do with a request for `pathname` (as sent, percent-encoded) and its query. The path
 * must decode (the server answers 400 before asking otherwise). `publicFiles` are the paths of
 * the files in public/, which Next serves before any route.
 */
export function checkRoute(
  pathname: string,
  query: URLSearchParams,
  publicFiles: ReadonlySet<string> = new Set(),
): RouteCheck {
  // Next's own assets and image endpoint write nothing per unknown URL.
  if (pathname.startsWith("/_next/") || publicFiles.has(pathname)) return PASS;
  // Trailing slashes and repeated slashes: Next answers with a redirect, which it does not cache.
  if (pathname !== "/" && (pathname.endsWith("/") || pathname.includes("//"))) return PASS;
  if (pathname.includes("\\")) return PASS;
  let segments: string[];
  try {
    // Next decodes parameters before it renders (and caches under the decoded path).
    segments = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return NOT_FOUND;
  }
  if (segments.some((s) => s.length > 200 || /[\u0000-\u001f\u007f/\\]/.test(s))) return NOT_FOUND;
  const found = match(segments);
  return found ? found.route.check(found.params, query) : NOT_FOUND;
}

/**
 * Where a moved article's URL of any kind now lives: the same path with the article's current
 * Ressort and slug in place of the first two segments, and the same query.
 */
export function movedLocation(
  pathname: string,
  search: string,
  current: { sectionSlug: string; slug: string },
): string {
  const rest = pathname.split("/").filter(Boolean).slice(2);
  return `/${[current.sectionSlug, current.slug, ...rest].join("/")}${search}`;
}
