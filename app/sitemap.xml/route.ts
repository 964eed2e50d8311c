import { findSitemapArticles, getSitemapPages, getSitemapPlan } from "@/db/queries/crawlers";
import { currentSite } from "@/lib/seo/site";
import { childPath, sitemapIndexXml, urlsetXml } from "@/lib/seo/sitemaps";
import { xmlResponse } from "@/lib/seo/xml";

// Rendered once and served from the cache; the `sitemaps`/`articles` tags of the plan expire it
// when articles change, the clock every ten minutes (scheduled stories). Keep in step with
// SITEMAP_REVALIDATE_SECONDS in db/queries/crawlers.ts.
export const revalidate = 600;

/** Every public URL in one file, or past 50,000 URLs an index of monthly child sitemaps. */
export async function GET() {
  const site = currentSite();
  const plan = await getSitemapPlan();
  if (plan.kind === "index") {
    return xmlResponse(
      sitemapIndexXml(
        site,
        plan.children.map((c) => ({ path: childPath(c), lastmod: c.lastmod })),
      ),
    );
  }
  const pages = await getSitemapPages();
  return xmlResponse(urlsetXml(site, [...pages, ...findSitemapArticles()]));
}
