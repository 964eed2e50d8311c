// Drives a URL list with wrk (when installed: a C client leaves the 2 cores to the server) or
// autocannon, and reports requests per second, latency p50/p99 and the non-2xx count.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

export type LoadTool = "wrk" | "autocannon";

export interface LoadResult {
  tool: LoadTool;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  non2xx: number;
  /** Socket errors and timeouts. */
  errors: number;
}

export interface LoadOptions {
  /** Origin, e.g. http://127.0.0.1:3400. */
  origin: string;
  /** Paths requested in turn (one entry: the same URL every time). */
  paths: readonly string[];
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
}

export function detectTool(preferred: LoadTool | "auto"): LoadTool {
  if (preferred !== "auto") return preferred;
  const probe = spawnSync("wrk", ["--version"], { stdio: "ignore" });
  // wrk --version exits 1 after printing its banner; only a missing binary has no status.
  return probe.error ? "autocannon" : "wrk";
}

function luaString(value: string): string {
  if (!/^[\x20-\x7e]*$/.test(value) || value.includes("\\")) {
    throw new Error(`not a plain ASCII path or header: ${value}`);
  }
  return `"${value.replace(/"/g, '\\"')}"`;
}

/** The wrk script: rotate through the paths, count non-2xx per thread, print one JSON line. */
export function wrkScript(paths: readonly string[], headers: Record<string, string> = {}): string {
  const headerLines = Object.entries(headers)
    .map(([k, v]) => `  [${luaString(k)}] = ${luaString(v)},`)
    .join("\n");
  return `local paths = {
${paths.map((p) => `  ${luaString(p)},`).join("\n")}
}
local headers = {
${headerLines}
}
local threads = {}
local counter = 0
function setup(thread)
  thread:set("offset", counter * 7919)
  counter = counter + 1
  table.insert(threads, thread)
end
local i = 0
non2xx = 0
function init(args)
  i = offset or 0
end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end
function response(status, hdrs, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + (t:get("non2xx") or 0) end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"non2xx":%d,"errors":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), bad,
    e.connect + e.read + e.write + e.timeout))
end
`;
}

interface WrkJson {
  requests: number;
  duration_us: number;
  p50_us: number;
  p99_us: number;
  non2xx: number;
  errors: number;
}

export function parseWrkOutput(stdout: string): WrkJson {
  const line = stdout.split("\n").find((l) => l.startsWith("WRK_JSON "));
  if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
  return JSON.parse(line.slice("WRK_JSON ".length)) as WrkJson;
}

async function runWrk(options: LoadOptions): Promise<LoadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-wrk-"));
  const script = path.join(dir, "paths.lua");
  fs.writeFileSync(script, wrkScript(options.paths, options.headers));
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        "wrk",
        [
          "-t1",
          `-c${options.connections}`,
          `-d${options.seconds}s`,
          "--timeout",
          "10s",
          "-s",
          script,
          options.origin,
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let out = "";
      let err = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      child.on("error", reject);
      child.on("close", (code) =>
        code === 0 ? resolve(out) : reject(new Error(`wrk exited ${code}: ${err}${out}`)),
      );
    });
    const r = parseWrkOutput(stdout);
    return {
      tool: "wrk",
      connections: options.connections,
      seconds: options.seconds,
      requests: r.requests,
      rps: r.duration_us > 0 ? (r.requests * 1e6) / r.duration_us : Number.NaN,
      p50: r.p50_us / 1000,
      p99: r.p99_us / 1000,
      non2xx: r.non2xx,
      errors: r.errors,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function runAutocannon(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.origin,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    headers: options.headers,
    requests: options.paths.map((p) => ({ method: "GET", path: p })),
  });
  return {
    tool: "autocannon",
    connections: options.connections,
    seconds: options.seconds,
    requests: result.requests.total,
    rps: result.duration > 0 ? result.requests.total / result.duration : Number.NaN,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export function runLoad(tool: LoadTool, options: LoadOptions): Promise<LoadResult> {
  if (options.paths.length === 0) throw new Error("runLoad needs at least one path");
  return tool === "wrk" ? runWrk(options) : runAutocannon(options);
}

/** Several runs of one scenario as one: requests and time added up, p50 averaged, worst p99. */
export function combineLoads(runs: readonly LoadResult[]): LoadResult {
  const first = runs[0];
  if (!first) throw new Error("combineLoads needs at least one run");
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  // Each run's own measured duration, from its count and rate.
  const seconds = runs.reduce((n, r) => n + (r.rps > 0 ? r.requests / r.rps : r.seconds), 0);
  return {
    ...first,
    seconds: runs.reduce((n, r) => n + r.seconds, 0),
    requests,
    rps: seconds > 0 ? requests / seconds : Number.NaN,
    p50: runs.reduce((n, r) => n + r.p50, 0) / runs.length,
    p99: Math.max(...runs.map((r) => r.p99)),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
  };
}
