import "server-only";
import { and, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles } from "@/db/schema";
import { CANDIDATE_LIMIT, SEARCH_PAGE_SIZE } from "@/db/search/engine";
import { SearchThread } from "@/db/search/thread";
import { env } from "@/lib/env";
import type { SearchTerm } from "@/lib/search";
import { selectTeasers, type ArticleTeaser, type Paged } from "./articles";
import { isPublic } from "./visibility";

interface SearchHit extends ArticleTeaser {
  snippet: string;
}

/** Counting stops here: "über 1.000 Treffer" is all a reader needs, and a common word matches half the archive. */
export const SEARCH_COUNT_CAP = CANDIDATE_LIMIT;

type SearchOutcome =
  | ({ kind: "results"; capped: boolean } & Paged<SearchHit>)
  /** The search would cost more than a search may (or the machine is too busy to finish it). */
  | { kind: "too-general" }
  /** Too many searches at once: try again in a moment. */
  | { kind: "busy" };

// One search thread per process, kept on globalThis like the connection (db/client.ts).
const globalForSearch = globalThis as unknown as { kioskSearch?: SearchThread };

function searchThread(): SearchThread {
  globalForSearch.kioskSearch ??= new SearchThread({ databasePath: env.databasePath });
  return globalForSearch.kioskSearch;
}

/** Stops the search thread (tests; a stopping server need not: the thread never holds it up). */
export async function stopSearchThread(): Promise<void> {
  await globalForSearch.kioskSearch?.stop();
  globalForSearch.kioskSearch = undefined;
}

/** The teasers of the given public articles, by id (the search thread found the ids). */
export function findSearchTeasers(
  ids: readonly number[],
  now = Date.now(),
): Map<number, ArticleTeaser> {
  if (ids.length === 0) return new Map();
  const rows = selectTeasers(getDb())
    // Public again: an article withdrawn while the search ran is not shown.
    .where(and(inArray(articles.id, [...ids]), isPublic(now)))
    .all();
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Full-text search over public articles (`terms` from lib/search buildSearchQuery), one page of
 * 20. The search runs on its own thread (db/search); this thread only adds the teasers.
 */
export async function searchArticles(
  terms: SearchTerm[],
  page: number,
  now = Date.now(),
): Promise<SearchOutcome> {
  // Opening the connection here runs pending migrations before the search thread reads the file.
  getDb();
  const result = await searchThread().run(terms, page, now);
  if (result.kind !== "results") return { kind: result.kind };
  const byId = findSearchTeasers(
    result.hits.map((h) => h.id),
    now,
  );
  const items = result.hits.flatMap((hit) => {
    const teaser = byId.get(hit.id);
    return teaser ? [{ ...teaser, snippet: hit.snippet }] : [];
  });
  return {
    kind: "results",
    items,
    page,
    total: result.total,
    pageCount: Math.max(1, Math.ceil(result.total / SEARCH_PAGE_SIZE)),
    capped: result.capped,
  };
}
