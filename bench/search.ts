// Issue 10's search scenario: worst-case queries one at a time (p50/p99), and a cached page's
// latency alone and while worst-case searches keep the server's search busy.
import { get } from "./http";
import { summarize } from "./stats";
import type { WorstSearchRun } from "./types";

export interface WorstSearchOptions {
  origin: string;
  queries: readonly string[];
  /** A cached public page, e.g. a Ressort listing. */
  cachedPath: string;
  /** Rounds over the queries for the one-at-a-time latency. */
  rounds: number;
  /** Seconds the cached page is measured, alone and then during the searches. */
  seconds: number;
  /** Runs of the cached page during searches, each with this many search connections. */
  searchConnections: readonly number[];
}

function searchPath(q: string, round: number): string {
  return `/suche?q=${encodeURIComponent(q)}&r=${round}`;
}

/** Sequential GETs of one path for `seconds`; their latencies. */
async function sequential(origin: string, pagePath: string, seconds: number): Promise<number[]> {
  const until = performance.now() + seconds * 1000;
  const samples: number[] = [];
  while (performance.now() < until) samples.push((await get(origin, pagePath)).ms);
  return samples;
}

export async function runWorstCaseSearch(options: WorstSearchOptions): Promise<WorstSearchRun> {
  const { origin, queries, cachedPath } = options;
  // Unrecorded: the search thread starts and the page is compiled on first use.
  for (const q of queries) await get(origin, searchPath(q, -1));
  for (let i = 0; i < 3; i++) await get(origin, cachedPath);

  const latencies: number[] = [];
  let non200 = 0;
  for (let round = 0; round < options.rounds; round++) {
    for (const q of queries) {
      const res = await get(origin, searchPath(q, round));
      latencies.push(res.ms);
      if (res.status !== 200) non200++;
    }
  }

  const alone = await sequential(origin, cachedPath, options.seconds);

  const during: WorstSearchRun["during"] = [];
  for (const connections of options.searchConnections) {
    let stop = false;
    let searches = 0;
    const searchers = Array.from({ length: connections }, async (_, c) => {
      for (let i = c; !stop; i += connections) {
        const q = queries[i % queries.length] as string;
        const res = await get(origin, searchPath(q, 1000 * connections + i));
        searches++;
        if (res.status !== 200) non200++;
      }
    });
    // Let the searches get going before the page is measured.
    await new Promise((r) => setTimeout(r, 200));
    const cached = await sequential(origin, cachedPath, options.seconds);
    stop = true;
    await Promise.all(searchers);
    during.push({ connections, cached: summarize(cached), searches });
  }

  return {
    queries: queries.length,
    latency: summarize(latencies),
    non200,
    cachedPath,
    cachedAlone: summarize(alone),
    during,
  };
}
