// What shared caches (a CDN, nginx) are told about public pages. Next's own cache keeps pages
// until a tag expires them; a proxy in front cannot hear about tags, so it may serve a page for
// a short while only, then asks again (cheap: Next answers from its cache) and meanwhile may
// serve the stale copy. Browsers always ask the proxy.
export const PROXY_MAX_AGE = 60;
const PROXY_STALE = 86_400;

/**
 * Rewrites the Cache-Control Next sends for a cached page (`s-maxage=N[, stale-while-…]`)
 * into the policy above; anything else (no-store, private, immutable assets) stays as it is.
 */
export function publicCacheControl(nextValue: string): string {
  if (!/\bs-maxage=\d+/.test(nextValue) || /\b(private|no-store)\b/.test(nextValue))
    return nextValue;
  return `public, max-age=0, s-maxage=${PROXY_MAX_AGE}, stale-while-revalidate=${PROXY_STALE}`;
}
