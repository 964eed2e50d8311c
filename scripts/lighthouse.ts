// npm run lighthouse -- [--runs N] [--port N] [--articles N]
// Lighthouse 12.2.3 (mobile preset, simulated throttling) on an article page of the bench's own
// production server: its own port, the bench build and a small bench database (see bench/server.ts).
// Prints Performance, Accessibility, Best Practices, SEO and CLS against the budgets of issue 6.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { CHROMIUM, CHROMIUM_ARGS } from "@/bench/client-js";
import { get } from "@/bench/http";
import { textTable } from "@/bench/report";
import { ensureBuild, ensureDatabase, freshDistDir, log, ROOT, startKiosk } from "@/bench/server";
import { verdict } from "@/bench/stats";
import { childEnv } from "@/lib/env";
import { parseCommandLine, runCli, wholeNumber } from "./cli";

const USAGE = `Usage: npm run lighthouse -- [--runs N] [--port N] [--articles N] [--path /ressort/slug]

  --runs N       Lighthouse runs; the one with the median Performance score is reported (default 1)
  --port N       port of the server (default 3420)
  --articles N   articles in its database (default 1000: data/bench-1000.db, shared with the bench)
  --path P       page to audit (default: the first published article)`;

interface Options {
  runs: number;
  port: number;
  articles: number;
  path: string | null;
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
};

interface LighthouseReport {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  categories: Record<
    string,
    { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<
    string,
    {
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      numericValue?: number;
      displayValue?: string;
    }
  >;
}

function lighthouseOptions(argv: readonly string[]): Options {
  const flags = parseCommandLine(argv, {
    runs: { type: "string" },
    port: { type: "string" },
    articles: { type: "string" },
    path: { type: "string" },
  });
  return {
    runs: wholeNumber("runs", flags.runs, { min: 1, max: 9 }, 1),
    port: wholeNumber("port", flags.port, { min: 1024, max: 65_000 }, 3420),
    articles: wholeNumber("articles", flags.articles, { min: 100, max: 200_000 }, 1000),
    path: flags.path ?? null,
  };
}

function firstArticle(database: string): string {
  const db = new Database(database, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        `SELECT '/' || s.slug || '/' || a.slug AS path FROM articles a JOIN sections s ON s.id = a.section_id
          WHERE a.status = 'published' AND a.published_at <= ? ORDER BY a.id LIMIT 1`,
      )
      .get(Date.now()) as { path: string } | undefined;
    if (!row) throw new Error("no published article");
    return row.path;
  } finally {
    db.close();
  }
}

function runLighthouse(url: string, outputPath: string): Promise<LighthouseReport> {
  const cli = path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js");
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        "--output=json",
        `--output-path=${outputPath}`,
        `--only-categories=${CATEGORIES.join(",")}`,
        `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
        "--quiet",
      ],
      {
        cwd: ROOT,
        // Lighthouse finds its browser through CHROME_PATH (an inherited one is kept otherwise).
        env: childEnv(fs.existsSync(CHROMIUM) ? { CHROME_PATH: CHROMIUM } : {}),
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}: ${stderr}`));
      resolve(JSON.parse(fs.readFileSync(outputPath, "utf8")) as LighthouseReport);
    });
  });
}

const score = (r: LighthouseReport, id: string) => Math.round((r.categories[id]?.score ?? 0) * 100);

async function main(): Promise<number> {
  const options = lighthouseOptions(process.argv.slice(2));
  const database = ensureDatabase(options.articles, false);
  ensureBuild(database, "http://localhost:3400");
  const distDir = freshDistDir(".next-lighthouse-run");
  const server = await startKiosk({ port: options.port, database, distDir });
  const reports: LighthouseReport[] = [];
  const results = path.join(ROOT, "bench", "results");
  try {
    const page = options.path ?? firstArticle(database);
    // Lighthouse measures the page as readers get it: from the cache, not its first render.
    for (let i = 0; i < 3; i++) await get(server.origin, page);
    const url = `http://localhost:${options.port}${page}`;
    for (let run = 1; run <= options.runs; run++) {
      log(`lighthouse run ${run}/${options.runs}: ${url}`);
      reports.push(await runLighthouse(url, path.join(results, `lighthouse-${run}.json`)));
    }
  } finally {
    await server.stop();
    fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  }

  const sorted = [...reports].sort((a, b) => score(a, "performance") - score(b, "performance"));
  const report = sorted[Math.floor((sorted.length - 1) / 2)] as LighthouseReport;
  fs.copyFileSync(
    path.join(results, `lighthouse-${reports.indexOf(report) + 1}.json`),
    path.join(results, "lighthouse.json"),
  );
  const cls = report.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN;
  const mark = (v: ReturnType<typeof verdict>) => (v === "pass" ? "✓" : v === "fail" ? "✗" : "–");
  const rows = CATEGORIES.map((id) => {
    const value = score(report, id);
    return [
      mark(verdict(value, ">=", TARGETS[id])),
      report.categories[id]?.title ?? id,
      String(value),
      `≥ ${TARGETS[id]}`,
    ];
  });
  rows.push([mark(verdict(cls, "==", 0)), "Cumulative Layout Shift", cls.toFixed(3), "0"]);
  console.log(
    `Lighthouse ${report.lighthouseVersion}, mobile, ${report.finalDisplayedUrl}` +
      (reports.length > 1
        ? ` (median of ${reports.length} runs by Performance: ${reports.map((r) => score(r, "performance")).join(", ")})`
        : ""),
  );
  console.log("");
  console.log(textTable(["", "category", "score", "budget"], rows, [2]));
  console.log("");
  const metrics = [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "speed-index",
    "interactive",
  ];
  console.log(
    metrics
      .map((id) => `${report.audits[id]?.title ?? id}: ${report.audits[id]?.displayValue ?? "–"}`)
      .join(" · "),
  );
  // What keeps a category below 100: its failing audits with weight.
  for (const id of CATEGORIES) {
    if (score(report, id) >= 100) continue;
    const failing = (report.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      .filter(
        (x) =>
          x.audit &&
          x.audit.score !== null &&
          x.audit.score < 0.9 &&
          x.audit.scoreDisplayMode !== "informative",
      )
      .map(
        (x) =>
          `${x.audit?.title ?? x.ref.id} (${x.audit?.displayValue ?? `score ${x.audit?.score}`})`,
      );
    if (failing.length > 0) console.log(`${report.categories[id]?.title}: ${failing.join("; ")}`);
  }
  console.log(`JSON: ${path.relative(ROOT, path.join(results, "lighthouse.json"))}`);
  return 0;
}

void runCli("lighthouse", USAGE, main);
