// npm run bench -- [--articles N] [--fresh] …
// Seeds (or reuses) a benchmark database, starts a production server on its own port, drives it
// and prints one table (also written as JSON). See README "Benchmarks" and bench/.
import path from "node:path";
import { writeJson, renderReport } from "@/bench/report";
import { runBench, type BenchOptions } from "@/bench/run";

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

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): BenchOptions | "help" {
  const options: BenchOptions = {
    articles: 50_000,
    smallArticles: 1_000,
    fresh: false,
    connections: 16,
    seconds: 10,
    port: 3400,
    tool: "auto",
    missRequests: 150,
    nginx: true,
    browser: true,
    freshnessWaitSeconds: 90,
    output: path.join("bench", "results", "latest.json"),
    // The same heap cap `npm start` uses, so the bench measures the server as it ships.
    serverNodeArgs: ["--max-old-space-size=320"],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag = "", inline] =
      arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const int = (min: number, max: number): number => {
      const raw = value();
      const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${raw}"`);
      }
      return n;
    };
    switch (flag) {
      case "--help":
      case "-h":
        return "help";
      case "--articles":
        options.articles = int(1_000, 200_000);
        break;
      case "--compare-small":
        options.smallArticles = int(100, 200_000);
        break;
      case "--no-compare-small":
        options.smallArticles = null;
        break;
      case "--fresh":
        options.fresh = true;
        break;
      case "--connections":
        options.connections = int(1, 1024);
        break;
      case "--duration":
        options.seconds = int(1, 600);
        break;
      case "--port":
        options.port = int(1024, 65_000);
        break;
      case "--tool": {
        const tool = value();
        if (tool !== "wrk" && tool !== "autocannon")
          throw new UsageError("--tool is wrk or autocannon");
        options.tool = tool;
        break;
      }
      case "--miss-requests":
        options.missRequests = int(10, 5_000);
        break;
      case "--no-nginx":
        options.nginx = false;
        break;
      case "--no-browser":
        options.browser = false;
        break;
      case "--freshness-wait":
        options.freshnessWaitSeconds = int(5, 3_600);
        break;
      case "--output":
        options.output = value();
        break;
      case "--server-node-arg": {
        const flagValue = value();
        if (!flagValue.startsWith("--"))
          throw new UsageError("--server-node-arg takes a node flag");
        options.serverNodeArgs.push(flagValue);
        break;
      }
      default:
        throw new UsageError(`unknown argument: ${arg}`);
    }
  }
  if (options.smallArticles !== null && options.smallArticles >= options.articles) {
    throw new UsageError("--compare-small must be smaller than --articles");
  }
  return options;
}

async function main(): Promise<number> {
  let options: BenchOptions | "help";
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`bench: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  const result = await runBench(options);
  console.log(renderReport(result));
  writeJson(result, options.output);
  console.log(`JSON: ${options.output}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 1;
  },
);
