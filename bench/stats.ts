// The bench's arithmetic: percentiles, summaries, ratios and budget verdicts. Pure functions, so
// bench/stats.test.ts can check them without a server.

export interface LatencySummary {
  count: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

/**
 * Nearest-rank percentile (the smallest sample with at least p % of the samples at or below it).
 * Reports a value that was actually measured, never an interpolation between two.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) {
    return { count: 0, p50: Number.NaN, p99: Number.NaN, mean: Number.NaN, max: Number.NaN };
  }
  let sum = 0;
  let max = -Infinity;
  for (const s of samples) {
    sum += s;
    if (s > max) max = s;
  }
  return {
    count: samples.length,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    mean: sum / samples.length,
    max,
  };
}

/** a ÷ b, or NaN when either side is missing or b is zero. */
export function ratio(a: number | undefined | null, b: number | undefined | null): number {
  if (a === undefined || a === null || b === undefined || b === null) return Number.NaN;
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return Number.NaN;
  return a / b;
}

/** Requests per second from a count and a wall-clock duration in milliseconds. */
export function requestsPerSecond(requests: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (requests * 1000) / elapsedMs : Number.NaN;
}

export type Comparison = "<" | "<=" | ">=" | ">" | "==";

/** pass: the budget holds; fail: it does not; skip: not measured in this run (value missing). */
export type Verdict = "pass" | "fail" | "skip";

export function verdict(
  value: number | boolean | null | undefined,
  op: Comparison,
  limit: number | boolean,
): Verdict {
  if (value === null || value === undefined) return "skip";
  if (typeof value === "boolean" || typeof limit === "boolean") {
    if (op !== "==") throw new Error("booleans are compared with ==");
    return value === limit ? "pass" : "fail";
  }
  if (Number.isNaN(value)) return "skip";
  switch (op) {
    case "<":
      return value < limit ? "pass" : "fail";
    case "<=":
      return value <= limit ? "pass" : "fail";
    case ">=":
      return value >= limit ? "pass" : "fail";
    case ">":
      return value > limit ? "pass" : "fail";
    case "==":
      return value === limit ? "pass" : "fail";
  }
}

/** The worst of several verdicts: any fail fails; all skipped skips; otherwise pass. */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes("fail")) return "fail";
  if (verdicts.length === 0 || verdicts.every((v) => v === "skip")) return "skip";
  return verdicts.includes("skip") ? "skip" : "pass";
}

/** A small deterministic PRNG (mulberry32), so a run picks the same "random" articles each time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k distinct items drawn from a list (partial Fisher–Yates); fewer when the list is shorter. */
export function sample<T>(items: readonly T[], k: number, random: () => number): T[] {
  const copy = [...items];
  const n = Math.min(k, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    const tmp = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = tmp;
  }
  return copy.slice(0, n);
}

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || Number.isNaN(bytes)) return "–";
  if (Math.abs(bytes) < 1024) return `${bytes} B`;
  if (Math.abs(bytes) < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return "–";
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(1)} ms`;
}

export function formatNumber(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || Number.isNaN(n)) return "–";
  return n.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
