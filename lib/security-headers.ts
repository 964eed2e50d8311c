// The security headers of every response, in one place: next.config.ts sends them with the pages
// Next renders, scripts/server.ts with the answers it gives itself (400, 403, 404, 413, 500), and
// proxy.ts builds the admin's nonce policy from here.

export interface Header {
  key: string;
  value: string;
}

/** Headers every response carries, whatever its path. */
export const COMMON_SECURITY_HEADERS: readonly Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
];

/** Sent only where the site is reached over HTTPS. */
export const HSTS: Header = {
  key: "Strict-Transport-Security",
  value: "max-age=63072000; includeSubDomains",
};

/**
 * The one Content-Security-Policy list. Every page may load from this site only, embeds no
 * plugins and posts forms only here; pages differ only in how scripts and styles are allowed and
 * who may frame them.
 */
function contentSecurityPolicy(p: {
  script: string;
  style: string;
  frameAncestors: string;
}): string {
  return [
    "default-src 'self'",
    `script-src ${p.script}`,
    `style-src ${p.style}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${p.frameAncestors}`,
  ].join("; ");
}

// Public pages are cached and shared, so their policy cannot carry a per-request nonce; it still
// pins every source to this site. (Next's inline bootstrap scripts need 'unsafe-inline' here.)
const PUBLIC_CSP = contentSecurityPolicy({
  script: "'self' 'unsafe-inline'",
  style: "'self' 'unsafe-inline'",
  frameAncestors: "'self'",
});

/** Everything outside the staff area: a static policy, frameable by this site only. */
export const PUBLIC_PAGE_HEADERS: readonly Header[] = [
  { key: "Content-Security-Policy", value: PUBLIC_CSP },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
];

/**
 * The staff area's policy. Pages get a fresh nonce per request (proxy.ts); answers without
 * scripts (the server's own 403 or 413 for an admin path) get the policy with no script at all.
 */
export function adminCsp(nonce: string | null): string {
  return contentSecurityPolicy({
    script: nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'none'",
    style: nonce ? `'self' 'nonce-${nonce}'` : "'self'",
    frameAncestors: "'none'",
  });
}

export const ADMIN_FRAME_OPTIONS: Header = { key: "X-Frame-Options", value: "DENY" };

/** Whether a path belongs to the staff area (the same split next.config.ts and proxy.ts make). */
export function isAdminPath(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

/** The headers for an answer the HTTP server gives itself, before or instead of Next. */
export function ownResponseHeaders(pathname: string, secure: boolean): Header[] {
  return [
    ...COMMON_SECURITY_HEADERS,
    ...(isAdminPath(pathname)
      ? [{ key: "Content-Security-Policy", value: adminCsp(null) }, ADMIN_FRAME_OPTIONS]
      : PUBLIC_PAGE_HEADERS),
    ...(secure ? [HSTS] : []),
  ];
}
