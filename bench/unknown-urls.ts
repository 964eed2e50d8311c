// npx tsx bench/unknown-urls.ts --url http://127.0.0.1:3402 --dist .next [--per-kind 1100]
//
// Fires distinct unknown (but plausible) URLs of each kind at a running production server and
// reports what they did to Next's on-disk caches: bytes and files in the dist dir before and
// after, and the statuses answered. One URL of each kind goes first (the warm-up: whatever a
// first request sets up once, such as Next copying its prerendered 404 page into its cache, is
// reported apart from the burst). Every URL carries a run id, so a second run asks for URLs the
// server has never seen. The server must use the dist dir given with --dist.
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { closeConnections, get } from "@/bench/http";
import { t } from "@/lib/i18n";
import { runConcurrently } from "@/lib/testing/http";
import { diskUse, unknownUrls, type UnknownUrl } from "@/lib/testing/unknown-urls";

const USAGE = `Usage: npx tsx bench/unknown-urls.ts --url ORIGIN --dist DIR [options]

  --url ORIGIN       the server, e.g. http://127.0.0.1:3402
  --dist DIR         the dist dir that server uses (NEXT_DIST_DIR, e.g. .next)
  --per-kind N       distinct URLs per kind (default 1100)
  --concurrency N    requests in flight (default 8)
  --kinds A,B        only these kinds (default: all)
  --settle-ms N      wait after the burst before measuring again (default 3000)
  --json FILE        also write the result as JSON`;

interface Options {
  url: string;
  dist: string;
  perKind: number;
  concurrency: number;
  kinds: string[] | null;
  settleMs: number;
  json: string | null;
}

function parseArgs(argv: readonly string[]): Options | "help" {
  const options: Options = {
    url: "",
    dist: "",
    perKind: 1100,
    concurrency: 8,
    kinds: null,
    settleMs: 3000,
    json: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") return "help";
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const count = (): number => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${arg} needs a positive integer`);
      return n;
    };
    if (arg === "--url") options.url = value().replace(/\/+$/, "");
    else if (arg === "--dist") options.dist = value();
    else if (arg === "--per-kind") options.perKind = count();
    else if (arg === "--concurrency") options.concurrency = count();
    else if (arg === "--settle-ms") options.settleMs = count();
    else if (arg === "--kinds") options.kinds = value().split(",");
    else if (arg === "--json") options.json = value();
    else throw new Error(`unknown argument: ${arg}`);
  }
  if (!options.url || !options.dist) throw new Error("--url and --dist are required");
  return options;
}

/** The whole dist dir, and the two places Next writes at run time. */
function snapshot(dist: string) {
  return {
    dist: diskUse(dist),
    pageCache: diskUse(path.join(dist, "server")),
    dataCache: diskUse(path.join(dist, "cache")),
  };
}

/** One published article of the site, from its RSS feed (no database access needed). */
async function someArticle(origin: string): Promise<string> {
  const feed = await get(origin, "/feed.xml");
  const link = /<item>[\s\S]*?<link>([^<]+)<\/link>/.exec(feed.body)?.[1];
  if (feed.status !== 200 || !link) throw new Error("no article found in /feed.xml");
  return new URL(link).pathname;
}

/** Unknown URLs by kind (the e2e hardening spec's, and the admin area's). */
function kinds(article: string): Record<string, UnknownUrl> {
  return { ...unknownUrls(article), "/admin/x": (u) => `/admin/${u}` };
}

interface KindResult {
  kind: string;
  requests: number;
  statuses: Record<string, number>;
  sitePage: number;
  ms: number;
}

function formatBytes(n: number): string {
  const sign = n < 0 ? "-" : "";
  const abs = Math.abs(n);
  if (abs >= 1024 * 1024) return `${sign}${(abs / 1024 / 1024).toFixed(1)} MB`;
  if (abs >= 1024) return `${sign}${(abs / 1024).toFixed(1)} KB`;
  return `${sign}${abs} B`;
}

async function main(): Promise<void> {
  let options: Options | "help";
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options === "help") {
    console.log(USAGE);
    return;
  }
  const { url, dist, perKind, concurrency } = options;
  if (!fs.existsSync(path.join(dist, "BUILD_ID"))) throw new Error(`${dist} is no Next build`);
  const article = await someArticle(url);
  const all = kinds(article);
  const selected = Object.keys(all).filter((k) => !options.kinds || options.kinds.includes(k));
  const run = Date.now().toString(36);
  const settle = () => new Promise((r) => setTimeout(r, options.settleMs));

  const start = snapshot(dist);
  for (const [k, kind] of selected.entries()) await get(url, all[kind]!(`w${run}k${k}`, 0));
  // Next writes its cache entries after answering; give it a moment.
  await settle();
  const before = snapshot(dist);
  const results: KindResult[] = [];
  for (const [k, kind] of selected.entries()) {
    const make = all[kind]!;
    const statuses: Record<string, number> = {};
    let sitePage = 0;
    const started = performance.now();
    await runConcurrently(perKind, concurrency, async (i) => {
      const response = await get(url, make(`u${run}k${k}n${i}`, i));
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.body.includes(`<h1>${t.notFound.title}</h1>`)) sitePage++;
    });
    results.push({ kind, requests: perKind, statuses, sitePage, ms: performance.now() - started });
    process.stderr.write(`[unknown-urls] ${kind}: ${JSON.stringify(statuses)}\n`);
  }
  closeConnections();
  await settle();
  const after = snapshot(dist);

  const rows = results.map((r) => [
    r.kind,
    String(r.requests),
    Object.entries(r.statuses)
      .map(([s, n]) => `${s}×${n}`)
      .join(" "),
    String(r.sitePage),
    `${Math.round((r.requests / r.ms) * 1000)}/s`,
  ]);
  const header = ["kind", "requests", "statuses", "site 404 page", "rate"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(`server ${url}, dist ${dist}, article ${article}, ${perKind} URLs per kind\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log("");
  const warmUp = start.dist;
  console.log(
    `warm-up (${selected.length} URLs, one per kind): ` +
      `${formatBytes(before.dist.bytes - warmUp.bytes)}, ${before.dist.files - warmUp.files} files`,
  );
  console.log(`burst (${selected.length * perKind} URLs):`);
  for (const key of ["dist", "pageCache", "dataCache"] as const) {
    const b = before[key];
    const a = after[key];
    const label = { dist: dist, pageCache: `${dist}/server`, dataCache: `${dist}/cache` }[key];
    console.log(
      `  ${label.padEnd(24)} before ${formatBytes(b.bytes)} in ${b.files} files, after ` +
        `${formatBytes(a.bytes)} in ${a.files} files: ${formatBytes(a.bytes - b.bytes)}, ` +
        `${a.files - b.files} files`,
    );
  }
  if (options.json) {
    fs.mkdirSync(path.dirname(options.json), { recursive: true });
    fs.writeFileSync(
      options.json,
      JSON.stringify({ url, dist, perKind, results, start, before, after }),
    );
  }
}

await main();
