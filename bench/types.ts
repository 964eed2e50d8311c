// The shape of one bench run, as printed and written to bench/results/latest.json.
import type { CommentResult } from "./comments";
import type { PageWeight } from "./client-js";
import type { Floor } from "./floor";
import type { LoadResult, LoadTool } from "./load";
import type { FreshnessResult } from "./nginx";
import type { LatencySummary } from "./stats";

/** A load run's numbers (less its duration), for any way of measuring: a tool, or in-process. */
export interface ScenarioRow extends Omit<LoadResult, "tool" | "seconds"> {
  /** Scenario number from the issue (1–7) plus a letter. */
  id: string;
  name: string;
  path: string;
  tool: LoadTool | "sequential" | "node";
  /** Size of one response body (uncompressed), in bytes. */
  bytes?: number;
  /** The server's peak resident memory during the scenario, in bytes. */
  rssBytes?: number;
  note?: string;
}

export interface CacheMissRun {
  articles: number;
  requests: number;
  /** Responses that said x-nextjs-cache: MISS (the rest were rendered, but not reported as such). */
  reportedMisses: number;
  non2xx: number;
  latency: LatencySummary;
  peakRssBytes: number;
}

export interface BenchResult {
  startedAt: string;
  finishedAt: string;
  seconds: number;
  machine: {
    cpus: number;
    node: string;
    next: string;
    platform: string;
    /** 1-minute load average at the start and its highest sample during the run. */
    loadAverage: { start: number; max: number };
  };
  options: {
    articles: number;
    smallArticles: number | null;
    connections: number;
    seconds: number;
    serverNodeArgs: string[];
  };
  tool: LoadTool;
  scenarios: ScenarioRow[];
  cacheMiss: { large: CacheMissRun | null; small: CacheMissRun | null };
  searchLatency: LatencySummary | null;
  /** Issue 10: worst-case searches one at a time, and a cached page alone and while they run. */
  worstSearch: WorstSearchRun | null;
  comments: CommentResult | null;
  pages: PageWeight[];
  floor: Floor | null;
  nginx: {
    skipped: string | null;
    statuses: string[];
    freshness: FreshnessResult | null;
  };
  memory: { peakRssBytes: number; highWaterMarkBytes: number };
  budgets: Budget[];
}

export interface WorstSearchRun {
  queries: number;
  latency: LatencySummary;
  /** Searches that did not answer 200 (each must: results, "nothing found" or "too general"). */
  non200: number;
  /** The cached page measured: sequential requests, one connection. */
  cachedPath: string;
  cachedAlone: LatencySummary;
  /** The cached page while worst-case searches run back to back on `connections` others. */
  during: { connections: number; cached: LatencySummary; searches: number }[];
}

export interface Budget {
  name: string;
  measured: string;
  limit: string;
  verdict: "pass" | "fail" | "skip";
}
