// Unknown but plausible URLs, by kind, as a stranger (or a broken crawler) sends them: the e2e
// hardening spec checks that each answers the site's 404 page and leaves Next's caches on disk as
// they were; bench/unknown-urls.ts fires thousands of them and measures the same.
import fs from "node:fs";
import path from "node:path";

/** A URL of each kind, given a part `u` that is unique per request and the request's number `i`. */
export type UnknownUrl = (u: string, i: number) => string;

/** `article` is the path of one public article (its comment pages and reply targets are asked). */
export function unknownUrls(article: string): Record<string, UnknownUrl> {
  return {
    "/zzz": (u) => `/${u}`,
    "/politik/zzz": (u) => `/politik/${u}`,
    "/a/b": (u) => `/${u}/b`,
    "?kommentare=900001": (_u, i) => `${article}?kommentare=${900_001 + i}`,
    "?kommentare=(past the last page)": (_u, i) => `${article}?kommentare=${50_000 + i}`,
    "?antworten=1234567891": (_u, i) => `${article}?antworten=${1_234_567_891 + i}`,
    "/bilder/x.svg": (u) => `/bilder/${u}.svg`,
    "/x/feed.xml": (u) => `/${u}/feed.xml`,
    "/x/y/opengraph-image": (u) => `/${u}/y/opengraph-image`,
    "/sitemaps/x.xml": (u) => `/sitemaps/${u}.xml`,
    "/politik/seite/N": (_u, i) => `/politik/seite/${20_000 + i}`,
    "/autor/x": (u) => `/autor/${u}`,
    "/thema/x/seite/2": (u) => `/thema/${u}/seite/2`,
    "/info/x": (u) => `/info/${u}`,
    "/api/x": (u) => `/api/${u}`,
    "/x.ico": (u) => `/${u}.ico`,
  };
}

export interface DiskUse {
  bytes: number;
  files: number;
}

/** Bytes and files under a directory (none when it does not exist). */
export function diskUse(dir: string): DiskUse {
  const total: DiskUse = { bytes: 0, files: 0 };
  if (!fs.existsSync(dir)) return total;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    total.files++;
    total.bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}
