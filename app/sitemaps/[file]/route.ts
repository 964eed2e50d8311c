import { findSitemapArticles, getSitemapPages, getSitemapPlan } from "@/db/queries/crawlers";
import { t } from "@/lib/i18n";
import { currentSite } from "@/lib/seo/site";
import { findChild, parseChildFileName, SITEMAP_URL_LIMIT, urlsetXml } from "@/lib/seo/sitemaps";
import { xmlResponse } from "@/lib/seo/xml";

// The children of the sitemap index (/sitemaps/seiten.xml, /sitemaps/artikel-2024-05.xml), each
// rendered on its first request and cached like /sitemap.xml.
export const dynamic = "force-static";
export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

function notFound(): Response {
  return new Response(t.seo.notFound, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const id = parseChildFileName((await params).file);
  if (!id) return notFound();
  const child = findChild(await getSitemapPlan(), id);
  if (!child) return notFound();
  const offset = (id.part - 1) * SITEMAP_URL_LIMIT;
  const urls =
    id.kind === "pages"
      ? (await getSitemapPages()).slice(offset, offset + SITEMAP_URL_LIMIT)
      : findSitemapArticles({ month: id.month, offset, limit: SITEMAP_URL_LIMIT });
  return xmlResponse(urlsetXml(currentSite(), urls));
}
