import type { NextConfig } from "next";
import { ID_SOURCE, PAGE_NUMBER_SOURCE } from "./lib/route-params";
import { env } from "./lib/env";
import { COMMON_SECURITY_HEADERS, PUBLIC_PAGE_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Tests build into their own folder so they never clobber the build `npm start` serves.
  distDir: env.nextDistDir,
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc --noEmit); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // A comment is at most 5,000 characters (20 KB as UTF-8) plus a few fields; nothing larger
    // reaches an action. scripts/server.ts answers bigger bodies with 413 before Next reads them.
    serverActions: { bodySizeLimit: "64kb" },
  },
  // No page uses next/image; its endpoint would otherwise draw and keep a copy of any picture
  // of the site at every allowed width (one per article share image) in .next/cache/images.
  images: { unoptimized: true },
  // Pages are pre-rendered on first request and cached; keep them for a day before a background
  // refresh unless a tag expires them sooner.
  expireTime: 86_400,
  // Comment pages and reply forms are addressed with query parameters on the article URL; the
  // rewrites give them paths of their own, so they are cached like the article instead of
  // being rendered per request. They accept exactly what those routes' parsers accept: a value
  // that can be no page is never rewritten into a cache entry of its own.
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: "/:ressort/:slug",
          has: [
            { type: "query", key: "kommentare", value: `(?<commentPage>${PAGE_NUMBER_SOURCE})` },
          ],
          destination: "/:ressort/:slug/kommentare/:commentPage",
        },
        {
          source: "/:ressort/:slug",
          has: [{ type: "query", key: "antworten", value: `(?<replyTo>${ID_SOURCE})` }],
          destination: "/:ressort/:slug/antworten/:replyTo",
        },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: [...COMMON_SECURITY_HEADERS] },
      // Everything but the staff area, which gets a nonce policy from proxy.ts.
      { source: "/((?!admin).*)", headers: [...PUBLIC_PAGE_HEADERS] },
      // The staff area is never stored by a browser or a proxy.
      { source: "/admin/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
      { source: "/admin", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default nextConfig;
