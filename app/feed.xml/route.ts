import { feedResponse } from "@/lib/seo/feed-response";
import { getFeed } from "@/db/queries/crawlers";

// Cached; the `feeds`/`articles` tags expire it when articles change, the clock every five
// minutes. Keep in step with FEED_REVALIDATE_SECONDS in db/queries/crawlers.ts.
export const revalidate = 300;

/** RSS 2.0: the newest 50 articles of all Ressorts. */
export async function GET() {
  const data = await getFeed(null);
  // The site feed always exists; an empty database gives an empty channel.
  return feedResponse(data ?? { section: null, items: [] });
}
