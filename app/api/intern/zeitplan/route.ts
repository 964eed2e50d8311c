import { revalidateTag } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { articleCacheFacts, tagsToExpire } from "@/db/queries/article-cache";
import { publishDueStagedChanges } from "@/db/queries/newsroom";
import { dueScheduledArticles } from "@/db/queries/schedule";
import { isSchedulerToken, SCHEDULER_HEADER } from "@/lib/server/scheduler-token";

export const dynamic = "force-dynamic";

/** At most a day per call: the clock looks every few seconds; a longer window is a mistake. */
const MAX_WINDOW_MS = 24 * 3600 * 1000;

const windowSchema = z
  .object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() })
  .refine((w) => w.to > w.from && w.to - w.from <= MAX_WINDOW_MS);

/**
 * The publication clock (scripts/server/scheduler.ts) calls this when scheduled articles' time
 * has come: every page that now shows them (listings, front page, author and topic pages, feeds,
 * sitemaps) is expired, so they appear at their minute rather than at the next cache clock; staged
 * changes whose time has come are published the same way. Only
 * the server's own clock can call it (a per-process key); anyone else gets 404.
 */
export async function POST(request: Request): Promise<Response> {
  const headers = { "Cache-Control": "no-store" };
  if (!isSchedulerToken(request.headers.get(SCHEDULER_HEADER))) {
    return new Response(null, { status: 404, headers });
  }
  const window = windowSchema.safeParse(await request.json().catch(() => null));
  if (!window.success) return new Response(null, { status: 400, headers });
  const tags = new Set<string>();
  for (const id of dueScheduledArticles(window.data.from, window.data.to)) {
    const facts = articleCacheFacts(getDb(), id, window.data.to);
    for (const tag of tagsToExpire(null, facts)) tags.add(tag);
  }
  // Staged changes due by now are written here, in the app, which expires what they change.
  for (const tag of publishDueStagedChanges(window.data.to)) tags.add(tag);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ expired: [...tags] }, { headers });
}
