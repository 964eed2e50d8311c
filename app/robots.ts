import type { MetadataRoute } from "next";
import { absoluteUrl, currentSite, NEWS_SITEMAP_PATH, SITEMAP_PATH } from "@/lib/seo/site";

/**
 * /robots.txt: crawl the whole site except the staff area, the per-request search result pages
 * (endless, thin, and noindex anyway), the API and the reply forms (the article again).
 */
export default function robots(): MetadataRoute.Robots {
  const site = currentSite();
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/admin", "/suche", "/api/", "/*?antworten="],
      },
    ],
    sitemap: [absoluteUrl(site, SITEMAP_PATH), absoluteUrl(site, NEWS_SITEMAP_PATH)],
  };
}
