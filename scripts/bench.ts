// npm run bench -- [--articles N] [--fresh] …
// Seeds (or reuses) a benchmark database, starts a production server on its own port, drives it
// and prints one table (also written as JSON). See README "Benchmarks" and bench/.
import path from "node:path";
import { writeJson, renderReport } from "@/bench/report";
import { runBench, type BenchOptions } from "@/bench/run";
import { parseCommandLine, runCli, UsageError, wholeNumber } from "./cli";

const USAGE = `Usage: npm run bench -- [options]

  --articles N          articles in the benchmark database (default 50000)
  --compare-small N     second database for the cache-miss comparison (default 1000)
  --no-compare-small    skip the second database
  --fresh               seed the databases anew even when they exist
  --connections N       connections per load scenario (default 16)
  --duration S          seconds per load scenario (default 10)
  --port N              first port (default 3400; the bench also uses N+1, N+2, N+10, N+11)
  --tool wrk|autocannon load generator (default: wrk when installed, else autocannon)
  --miss-requests N     never-requested articles for the cache-miss scenario (default 150)
  --no-nginx            skip scenario 6
  --no-browser          skip the client JavaScript measurement (Chromium)
  --freshness-wait S    longest wait for an approved comment through nginx (default 90)
  --output FILE         JSON result (default bench/results/latest.json)
  --server-node-arg A   extra node flag for the servers (repeatable; the default
                        --max-old-space-size=320 matches npm start, a later one wins)`;

/** The options of `argv`; throws a UsageError for a bad one. */
function benchOptions(argv: readonly string[]): BenchOptions {
  const flags = parseCommandLine(
    argv,
    {
      articles: { type: "string" },
      "compare-small": { type: "string" },
      "no-compare-small": { type: "boolean" },
      fresh: { type: "boolean" },
      connections: { type: "string" },
      duration: { type: "string" },
      port: { type: "string" },
      tool: { type: "string" },
      "miss-requests": { type: "string" },
      "no-nginx": { type: "boolean" },
      "no-browser": { type: "boolean" },
      "freshness-wait": { type: "string" },
      output: { type: "string" },
      "server-node-arg": { type: "string", multiple: true },
    },
    ["server-node-arg"],
  );
  const tool = flags.tool ?? "auto";
  if (tool !== "auto" && tool !== "wrk" && tool !== "autocannon") {
    throw new UsageError("--tool is wrk or autocannon");
  }
  const serverNodeArgs = flags["server-node-arg"] ?? [];
  if (serverNodeArgs.some((arg) => !arg.startsWith("--"))) {
    throw new UsageError("--server-node-arg takes a node flag");
  }
  const articles = wholeNumber("articles", flags.articles, { min: 1_000, max: 200_000 }, 50_000);
  const smallArticles = flags["no-compare-small"]
    ? null
    : wholeNumber("compare-small", flags["compare-small"], { min: 100, max: 200_000 }, 1_000);
  if (smallArticles !== null && smallArticles >= articles) {
    throw new UsageError("--compare-small must be smaller than --articles");
  }
  return {
    articles,
    smallArticles,
    fresh: flags.fresh ?? false,
    connections: wholeNumber("connections", flags.connections, { min: 1, max: 1024 }, 16),
    seconds: wholeNumber("duration", flags.duration, { min: 1, max: 600 }, 10),
    port: wholeNumber("port", flags.port, { min: 1024, max: 65_000 }, 3400),
    tool,
    missRequests: wholeNumber(
      "miss-requests",
      flags["miss-requests"],
      { min: 10, max: 5_000 },
      150,
    ),
    nginx: !flags["no-nginx"],
    browser: !flags["no-browser"],
    freshnessWaitSeconds: wholeNumber(
      "freshness-wait",
      flags["freshness-wait"],
      { min: 5, max: 3_600 },
      90,
    ),
    output: flags.output ?? path.join("bench", "results", "latest.json"),
    // The same heap cap `npm start` uses, so the bench measures the server as it ships; a
    // later flag of the same name wins.
    serverNodeArgs: ["--max-old-space-size=320", ...serverNodeArgs],
  };
}

async function main(): Promise<number> {
  const options = benchOptions(process.argv.slice(2));
  const result = await runBench(options);
  console.log(renderReport(result));
  writeJson(result, options.output);
  console.log(`JSON: ${options.output}`);
  return 0;
}

void runCli("bench", USAGE, main);
