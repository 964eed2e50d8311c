import { feedResponse } from "@/lib/seo/feed-response";
import { getFeed } from "@/db/queries/crawlers";
import { t } from "@/lib/i18n";

// Each Ressort's feed is rendered on its first request and cached like the site feed.
export const dynamic = "force-static";
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

/** RSS 2.0: the newest 50 articles of one Ressort. */
export async function GET(_request: Request, { params }: { params: Promise<{ ressort: string }> }) {
  const data = await getFeed((await params).ressort);
  if (!data) {
    return new Response(t.seo.notFound, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return feedResponse(data);
}
