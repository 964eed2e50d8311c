// The checks the HTTP server (scripts/server.ts) makes before a request reaches Next, as pure
// functions from what a request says (method, URL, headers, bytes buffered) to a verdict. The
// server reads the facts off the socket and acts on the verdict; nothing here touches either.
import type { IncomingHttpHeaders } from "node:http";
import { PROXY_MAX_AGE, publicCacheControl } from "@/lib/cache-control";
import { t } from "@/lib/i18n";
import {
  checkRoute,
  gonePath,
  movedLocation,
  NOT_FOUND_PATH,
  type RouteLookup,
} from "@/lib/route-gate";

/** Request bodies above this are refused before Next reads them (the largest form is a comment). */
export const MAX_BODY_BYTES = 64 * 1024;

export const TEXT = "text/plain; charset=utf-8";
export const HTML = "text/html; charset=utf-8";

/** An answer the server gives itself instead of asking Next. */
export interface OwnAnswer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** The facts of a request that the guards look at. */
export interface RequestFacts {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}

/** Where the site believes it lives: SITE_URL, and whether a proxy's headers are trusted. */
export interface SiteFacts {
  siteUrl: string;
  trustProxy: boolean;
}

export const BAD_REQUEST_PAGE =
  `<!doctype html><html lang="de"><meta charset="utf-8"><title>${t.server.badRequestTitle}</title>` +
  `<h1>${t.server.badRequestTitle}</h1><p>${t.server.badRequestText} ` +
  `<a href="/">${t.server.backHome}</a></p></html>`;

export const ANSWERS = {
  /** A URL whose percent-encoding is broken: Next would answer 500, but it is the client's error. */
  badRequest: { status: 400, body: BAD_REQUEST_PAGE, headers: { "Content-Type": HTML } },
  /** Next checks a server action's origin too, but answers a forged form with a 500. */
  crossOrigin: { status: 403, body: t.server.crossOrigin, headers: {} },
  /** The connection ends after it: the client may still be sending the refused body. */
  tooLarge: { status: 413, body: t.server.tooLarge, headers: { Connection: "close" } },
  internalError: { status: 500, body: t.server.internalError, headers: {} },
} as const satisfies Record<string, OwnAnswer>;

/** An article under another Ressort or an old slug: shared caches may keep the redirect a while. */
export function movedAnswer(location: string): OwnAnswer {
  return {
    status: 308,
    body: t.server.moved,
    headers: {
      Location: location,
      "Cache-Control": publicCacheControl(`s-maxage=${PROXY_MAX_AGE}`),
    },
  };
}

/** The path of a request URL, without its query. */
export function pathOf(url: string | undefined): string {
  return (url ?? "/").split("?")[0] || "/";
}

/**
 * What to do with a request's body before Next reads it: refuse a declared length above the
 * limit at once; count a chunked body (it has no length up front); let the rest through.
 */
export function bodyVerdict(headers: IncomingHttpHeaders): "too-large" | "count-chunks" | "ok" {
  const length = Number(headers["content-length"] ?? 0);
  if (Number.isFinite(length) && length > MAX_BODY_BYTES) return "too-large";
  if (headers["transfer-encoding"] !== undefined) return "count-chunks";
  return "ok";
}

/** A chunked body, so far: over the limit, complete within it, or still arriving. */
export function chunkedBodyVerdict(
  bufferedBytes: number,
  complete: boolean,
): "too-large" | "ok" | "wait" {
  if (bufferedBytes > MAX_BODY_BYTES) return "too-large";
  return complete ? "ok" : "wait";
}

/** A POST whose Origin is another site (form posts from this site carry this site's origin). */
export function isCrossOrigin(request: RequestFacts, site: SiteFacts): boolean {
  if (request.method !== "POST") return false;
  const origin = request.headers.origin;
  if (!origin || origin === "null") return origin === "null";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  const allowed = new Set([request.headers.host, new URL(site.siteUrl).host]);
  if (site.trustProxy) allowed.add(request.headers["x-forwarded-host"] as string | undefined);
  return !allowed.has(host);
}

/** Whether the URL's path decodes (Next answers a broken percent-encoding with a 500). */
export function hasValidPath(url: string | undefined): boolean {
  try {
    decodeURIComponent(pathOf(url));
    return true;
  } catch {
    return false;
  }
}

/** The guards that need no database, in order: an answer of the server's own, or null for "on". */
export function requestVerdict(request: RequestFacts, site: SiteFacts): OwnAnswer | null {
  if (isCrossOrigin(request, site)) return ANSWERS.crossOrigin;
  if (!hasValidPath(request.url)) return ANSWERS.badRequest;
  return null;
}

/** What the database says about a URL the route gate could not decide alone (db/route-lookup.ts). */
export type LookupAnswer =
  | { kind: "found" }
  | { kind: "missing" }
  | { kind: "moved"; sectionSlug: string; slug: string }
  | { kind: "gone"; sectionSlug: string };

/** The status of a withdrawn article's URLs: it existed and was taken down on purpose. */
export const GONE_STATUS = 410;

export type RouteVerdict =
  | { kind: "next" }
  /** Next serves its prerendered 404 page for `url` and writes nothing to its cache. */
  | { kind: "not-found"; url: string }
  | { kind: "moved"; location: string }
  /**
   * A withdrawn article: Next renders the "gone" page of its Ressort for `url` (one cache entry
   * per Ressort, the query left off so no rewrite of next.config.ts applies), and the server
   * sends it with GONE_STATUS and no-store.
   */
  | { kind: "gone"; url: string };

/**
 * The route gate's verdict on a request URL (lib/route-gate.ts), asking `lookup` when the gate
 * needs the database. A lookup that fails lets the request through: whatever is wrong with the
 * database, the page itself will meet it too and say so.
 */
export function routeVerdict(
  url: string | undefined,
  publicFiles: ReadonlySet<string>,
  lookup: (route: RouteLookup) => LookupAnswer | "failed",
): RouteVerdict {
  const [pathname = "/", query = ""] = (url ?? "/").split(/\?(.*)/s);
  const notFound = () => ({
    kind: "not-found" as const,
    url: NOT_FOUND_PATH + (query ? `?${query}` : ""),
  });
  const check = checkRoute(pathname, new URLSearchParams(query), publicFiles);
  if (check.kind === "pass") return { kind: "next" };
  if (check.kind === "not-found") return notFound();
  const found = lookup(check.lookup);
  if (found === "failed" || found.kind === "found") return { kind: "next" };
  if (found.kind === "missing") return notFound();
  if (found.kind === "gone") return { kind: "gone", url: gonePath(found.sectionSlug) };
  return { kind: "moved", location: movedLocation(pathname, query ? `?${query}` : "", found) };
}
