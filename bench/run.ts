// One bench run: the scenarios of issue 6 against the bench's own production server(s).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { judgeBudgets } from "./budgets";
import { deleteBenchComments, runCommentScenario, type CommentResult } from "./comments";
import { launchBrowser, measurePages, type PageWeight } from "./client-js";
import { loadFixtures, type ArticleRef, type Fixtures } from "./fixtures";
import { measureFloor, type Floor } from "./floor";
import { closeConnections, get } from "./http";
import { runConcurrently } from "@/lib/testing/http";
import { combineLoads, detectTool, runLoad, type LoadResult, type LoadTool } from "./load";
import {
  cacheStatusSequence,
  checkFreshness,
  nginxBinary,
  startNginx,
  type FreshnessResult,
} from "./nginx";
import {
  ensureBuild,
  ensureDatabase,
  freshDistDir,
  log,
  ROOT,
  startKiosk,
  type RunningServer,
} from "./server";
import { runWorstCaseSearch } from "./search";
import { sample, seededRandom, summarize, type LatencySummary } from "./stats";
import type { BenchResult, CacheMissRun, ScenarioRow, WorstSearchRun } from "./types";

export interface BenchOptions {
  articles: number;
  /** Article count of the second, small database for the cache-miss comparison; null skips it. */
  smallArticles: number | null;
  fresh: boolean;
  connections: number;
  seconds: number;
  port: number;
  tool: LoadTool | "auto";
  missRequests: number;
  nginx: boolean;
  browser: boolean;
  freshnessWaitSeconds: number;
  output: string;
  /** Extra node flags for the servers, e.g. --max-old-space-size=256. */
  serverNodeArgs: string[];
}

const RUN_DIST = ".next-bench-run";
const WORKING_SET = 1_000;

function row(
  id: string,
  name: string,
  pagePath: string,
  r: LoadResult,
  note?: string,
): ScenarioRow {
  return {
    id,
    name,
    path: pagePath,
    tool: r.tool,
    connections: r.connections,
    requests: r.requests,
    rps: r.rps,
    p50: r.p50,
    p99: r.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    note,
  };
}

function sequentialRow(
  id: string,
  name: string,
  pagePath: string,
  latency: LatencySummary,
  connections: number,
  rps: number,
  non2xx: number,
  note?: string,
): ScenarioRow {
  return {
    id,
    name,
    path: pagePath,
    tool: "sequential",
    connections,
    requests: latency.count,
    rps,
    p50: latency.p50,
    p99: latency.p99,
    non2xx,
    errors: 0,
    note,
  };
}

async function timed<T>(task: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await task();
  return { value, ms: performance.now() - started };
}

/** One request each to articles nobody asked for since the server started, one after another. */
async function cacheMiss(
  server: RunningServer,
  articles: readonly ArticleRef[],
  total: number,
): Promise<CacheMissRun> {
  const results = [];
  for (const a of articles) results.push(await get(server.origin, a.path));
  return {
    articles: total,
    requests: results.length,
    reportedMisses: results.filter((r) => r.headers["x-nextjs-cache"] === "MISS").length,
    non2xx: results.filter((r) => r.status < 200 || r.status > 299).length,
    latency: summarize(results.map((r) => r.ms)),
    peakRssBytes: server.peakRss(),
  };
}

async function warmUp(server: RunningServer, paths: readonly string[]): Promise<void> {
  for (const p of paths) for (let i = 0; i < 3; i++) await get(server.origin, p);
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const started = new Date();
  const tool = detectTool(options.tool);
  // The box may be shared: remember how busy it was, so a reader can judge the figures.
  const load1 = () => os.loadavg()[0] ?? 0;
  const loadAverage = { start: load1(), max: load1() };
  const loadTimer = setInterval(() => {
    loadAverage.max = Math.max(loadAverage.max, load1());
  }, 5_000);
  loadTimer.unref();
  const cleanups: (() => Promise<void>)[] = [];
  const onSignal = () => {
    log("interrupted: stopping the servers …");
    void Promise.allSettled(cleanups.map((c) => c())).then(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const database = ensureDatabase(options.articles, options.fresh);
  const smallDatabase = options.smallArticles
    ? ensureDatabase(options.smallArticles, options.fresh)
    : null;
  for (const db of [database, smallDatabase]) if (db) deleteBenchComments(db);
  ensureBuild(database, `http://localhost:${options.port}`);

  const fixtures: Fixtures = loadFixtures(database);
  const random = seededRandom(options.articles ^ 0x6b696f73);
  const [warm, ...rest] = sample(
    fixtures.articles,
    2 + WORKING_SET + options.missRequests + 60,
    random,
  );
  if (!warm) throw new Error("no published articles");
  const workingSet = rest.slice(0, WORKING_SET);
  const missSet = rest.slice(WORKING_SET, WORKING_SET + options.missRequests);
  const spare = rest.slice(WORKING_SET + options.missRequests);
  const commentArticles = workingSet.slice(0, 20);
  const { section, topic } = fixtures;
  const listing200 = `/${section.slug}/seite/${Math.min(200, section.pages)}`;
  const searchPaths = fixtures.searchWords.map((w) => `/suche?q=${encodeURIComponent(w)}`);

  const scenarios: ScenarioRow[] = [];
  // Each row gets the server's peak memory since the previous row.
  let current: RunningServer | null = null;
  const addRow = (r: ScenarioRow) => {
    scenarios.push({ ...r, rssBytes: current?.windowPeak() });
  };
  let pages: PageWeight[] = [];
  let floor: Floor | null = null;
  let comments: CommentResult | null = null;
  let searchLatency: LatencySummary | null = null;
  let worstSearch: WorstSearchRun | null = null;
  let largeMiss: CacheMissRun | null = null;
  let smallMiss: CacheMissRun | null = null;
  const nginxResult: BenchResult["nginx"] = { skipped: null, statuses: [], freshness: null };
  let memory = { peakRssBytes: 0, highWaterMarkBytes: 0 };

  interface Target {
    id: string;
    name: string;
    origin: string;
    paths: readonly string[];
    note?: string;
  }
  /** A load run after a short unrecorded warm-up; null (and a row saying so) unless 200. */
  const probe = async (t: Target) => {
    const first = t.paths[0] as string;
    const res = await get(t.origin, first);
    if (res.status === 200) return res;
    log(`${t.id} ${t.name}: ${first} answers ${res.status}; not loaded`);
    addRow({
      id: t.id,
      name: t.name,
      path: first,
      tool,
      connections: 0,
      requests: 1,
      rps: Number.NaN,
      p50: Number.NaN,
      p99: Number.NaN,
      non2xx: 1,
      errors: 0,
      note: `HTTP ${res.status}: not measured`,
    });
    return null;
  };
  const drive = (t: Target, seconds: number) =>
    runLoad(tool, { origin: t.origin, paths: t.paths, connections: options.connections, seconds });
  const report = (t: Target, r: LoadResult, bytes: number, note = t.note) => {
    log(
      `${t.id} ${t.name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`,
    );
    addRow({ ...row(t.id, t.name, t.paths[0] as string, r, note), bytes });
  };
  const load = async (t: Target) => {
    const first = await probe(t);
    if (!first) return;
    await drive(t, Math.min(2, options.seconds));
    report(t, await drive(t, options.seconds), first.bytes.length);
  };
  /**
   * Two scenarios whose ratio is a budget, measured A B B A so that drift in the machine's load
   * (the box is shared) falls on both alike; each row adds up its two runs.
   */
  const pair = async (a: Target, b: Target) => {
    const [firstA, firstB] = [await probe(a), await probe(b)];
    if (!firstA || !firstB) return;
    await drive(a, Math.min(2, options.seconds));
    await drive(b, Math.min(2, options.seconds));
    const a1 = await drive(a, options.seconds);
    const b1 = await drive(b, options.seconds);
    const b2 = await drive(b, options.seconds);
    const a2 = await drive(a, options.seconds);
    const note = (t: Target) =>
      [t.note, `A-B-B-A, 2 × ${options.seconds} s`].filter(Boolean).join("; ");
    report(a, combineLoads([a1, a2]), firstA.bytes.length, note(a));
    report(b, combineLoads([b1, b2]), firstB.bytes.length, note(b));
  };

  // ── the large database ────────────────────────────────────────────────────────────────────
  freshDistDir(RUN_DIST);
  log(`starting the server on port ${options.port} (${path.relative(ROOT, database)}) …`);
  const server = await startKiosk({
    port: options.port,
    database,
    distDir: RUN_DIST,
    env: { TRUST_PROXY: "1" },
    nodeArgs: options.serverNodeArgs,
  });
  cleanups.push(() => server.stop());
  current = server;
  try {
    await warmUp(server, ["/", "/info/impressum", warm.path, "/api/health"]);
    server.windowPeak();

    log(`2 cache miss: ${missSet.length} never-requested articles, one after another …`);
    largeMiss = await cacheMiss(server, missSet, options.articles);
    addRow(
      sequentialRow(
        "2",
        "article, cache miss (sequential)",
        missSet[0]?.path ?? "",
        largeMiss.latency,
        1,
        1000 / largeMiss.latency.mean,
        largeMiss.non2xx,
        `${largeMiss.reportedMisses}/${largeMiss.requests} x-nextjs-cache: MISS`,
      ),
    );

    log(`1b: rendering the ${workingSet.length}-article working set once (4 connections) …`);
    const prime = await timed(() =>
      runConcurrently(workingSet.length, 4, (i) =>
        get(server.origin, (workingSet[i] as ArticleRef).path),
      ),
    );
    const primeLatency = summarize(prime.value.map((r) => r.ms));
    addRow(
      sequentialRow(
        "2b",
        `article, cache miss (${workingSet.length} articles, 4 connections)`,
        workingSet[0]?.path ?? "",
        primeLatency,
        4,
        (prime.value.length * 1000) / prime.ms,
        prime.value.filter((r) => r.status !== 200).length,
        "first request of the 1b working set",
      ),
    );

    const origin = server.origin;
    await pair(
      { id: "1a", name: "article, warm cache (same article)", origin, paths: [warm.path] },
      {
        id: "5",
        name: "cheapest cached page (/info/impressum)",
        origin,
        paths: ["/info/impressum"],
        note: "ceiling for 1a",
      },
    );
    const at = (id: string, name: string, paths: readonly string[], note?: string): Target => ({
      id,
      name,
      origin,
      paths,
      note,
    });
    await load(
      at(
        "1b",
        `article, cached, across ${workingSet.length} articles`,
        workingSet.map((a) => a.path),
      ),
    );
    await load(at("3a", "front page", ["/"]));
    await load(at("3b", `Ressort listing, page 1 (/${section.slug})`, [`/${section.slug}`]));
    await load(at("3c", `Ressort listing, page ${Math.min(200, section.pages)}`, [listing200]));
    await load(at("3d", `topic page (/thema/${topic})`, [`/thema/${topic}`]));
    await load(
      at(
        "3e",
        `search (${searchPaths.length} different queries)`,
        searchPaths,
        "rendered per request",
      ),
    );
    await load(at("7a", "/sitemap.xml", ["/sitemap.xml"]));
    await load(at("7b", "/feed.xml", ["/feed.xml"]));

    log("3e: search latency, one query at a time …");
    const searches = [];
    for (let round = 0; round < 3; round++) {
      for (const p of searchPaths) searches.push(await get(server.origin, `${p}&r=${round}`));
    }
    searchLatency = summarize(searches.map((r) => r.ms));
    addRow(
      sequentialRow(
        "3f",
        "search, one query at a time",
        searchPaths[0] ?? "",
        searchLatency,
        1,
        1000 / searchLatency.mean,
        searches.filter((r) => r.status !== 200).length,
      ),
    );

    log("3g–3i: worst-case searches, and a cached page while they run …");
    const cachedPath = `/${section.slug}`;
    worstSearch = await runWorstCaseSearch({
      origin: server.origin,
      queries: fixtures.worstCaseSearches,
      cachedPath,
      rounds: 5,
      seconds: options.seconds,
      searchConnections: [1, 4],
    });
    const worstPath = `/suche?q=${encodeURIComponent(fixtures.worstCaseSearches[0] ?? "")}`;
    addRow(
      sequentialRow(
        "3g",
        "worst-case search, one query at a time",
        worstPath,
        worstSearch.latency,
        1,
        1000 / worstSearch.latency.mean,
        worstSearch.non200,
        `${worstSearch.queries} queries × 5 rounds (bench/fixtures.ts)`,
      ),
    );
    addRow(
      sequentialRow(
        "3h",
        `cached page alone (${cachedPath})`,
        cachedPath,
        worstSearch.cachedAlone,
        1,
        1000 / worstSearch.cachedAlone.mean,
        0,
        "one request at a time",
      ),
    );
    for (const [i, run] of worstSearch.during.entries()) {
      addRow(
        sequentialRow(
          `3${"ij"[i] ?? ""}`,
          `cached page, worst-case searches on ${run.connections} other conn.`,
          cachedPath,
          run.cached,
          1,
          1000 / run.cached.mean,
          0,
          `${run.searches} searches answered meanwhile`,
        ),
      );
    }

    log("4 comment submissions …");
    comments = await runCommentScenario(server.origin, database, commentArticles, [
      { mode: "no-js", concurrency: 1, requests: 60 },
      { mode: "js", concurrency: 1, requests: 60 },
      { mode: "no-js", concurrency: 4, requests: 100 },
      { mode: "js", concurrency: 4, requests: 100 },
    ]);
    for (const [i, run] of comments.runs.entries()) {
      addRow(
        sequentialRow(
          `4${"abcd"[i] ?? ""}`,
          `comment, ${run.mode === "js" ? "with JS (Next-Action)" : "no-JS form POST"}`,
          commentArticles[0]?.path ?? "",
          run.latency,
          run.concurrency,
          run.rps,
          run.non2xx,
          `${run.succeeded}/${run.sent} accepted`,
        ),
      );
    }

    if (options.browser) {
      log("page weights and client JavaScript (Chromium) …");
      try {
        const browser = await launchBrowser();
        try {
          pages = await measurePages(
            server.origin,
            [
              { name: "front", path: "/" },
              { name: "listing", path: `/${section.slug}` },
              { name: "listing p200", path: listing200 },
              { name: "topic", path: `/thema/${topic}` },
              { name: "article", path: warm.path },
              { name: "impressum", path: "/info/impressum" },
            ],
            path.join(ROOT, RUN_DIST),
            browser,
          );
          floor = await measureFloor(browser, options.port + 2).catch((error: unknown) => {
            log(`Next floor not measured: ${String(error)}`);
            return null;
          });
        } finally {
          await browser.close();
        }
      } catch (error) {
        // No Chromium here (apt-get install -y chromium): the rest of the run still counts.
        log(
          `page weights not measured: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        );
      }
    }

    const binary = options.nginx ? nginxBinary() : null;
    if (!options.nginx) nginxResult.skipped = "--no-nginx";
    else if (!binary) nginxResult.skipped = "nginx is not installed (apt-get install -y nginx)";
    else {
      const html = (await get(server.origin, warm.path)).bytes;
      const nginx = await startNginx({
        binary,
        upstreamPort: options.port,
        proxyPort: options.port + 10,
        staticPort: options.port + 11,
        staticHtml: html,
      });
      cleanups.push(() => nginx.stop());
      try {
        const unseen = spare[0];
        nginxResult.statuses = await cacheStatusSequence(
          nginx.proxyOrigin,
          unseen?.path ?? warm.path,
        );
        await cacheStatusSequence(nginx.proxyOrigin, warm.path, 2);
        await pair(
          {
            id: "6a",
            name: "article through nginx proxy_cache",
            origin: nginx.proxyOrigin,
            paths: [warm.path],
            note: "deploy/nginx.conf",
          },
          {
            id: "6b",
            name: "same HTML as a static file (nginx)",
            origin: nginx.staticOrigin,
            paths: [nginx.staticPath],
            note: "ceiling for 6a",
          },
        );
        const busy = new Set([warm.id, ...workingSet.map((a) => a.id)]);
        const quiet = fixtures.uncommented.find((a) => !busy.has(a.id));
        if (fixtures.returningCommenter && quiet) {
          log("6: approved comment through the proxy …");
          const freshness: FreshnessResult = await checkFreshness({
            originUrl: server.origin,
            proxyOrigin: nginx.proxyOrigin,
            database,
            article: quiet,
            commenter: fixtures.returningCommenter,
            maxWaitSeconds: options.freshnessWaitSeconds,
          });
          nginxResult.freshness = freshness;
        }
      } finally {
        await nginx.stop();
      }
    }
  } finally {
    memory = { peakRssBytes: server.peakRss(), highWaterMarkBytes: server.highWaterMark() };
    await server.stop();
  }

  // ── the small database: cache-miss render time for comparison ────────────────────────────
  if (smallDatabase && options.smallArticles) {
    const smallFixtures = loadFixtures(smallDatabase);
    const smallRandom = seededRandom(options.smallArticles ^ 0x6b696f73);
    const [smallWarm, ...smallRest] = sample(
      smallFixtures.articles,
      1 + options.missRequests,
      smallRandom,
    );
    freshDistDir(RUN_DIST);
    log(
      `starting a second server with ${options.smallArticles} articles on port ${options.port + 1} …`,
    );
    const small = await startKiosk({
      port: options.port + 1,
      database: smallDatabase,
      distDir: RUN_DIST,
      env: { TRUST_PROXY: "1" },
      nodeArgs: options.serverNodeArgs,
    });
    cleanups.push(() => small.stop());
    current = small;
    try {
      await warmUp(small, ["/", "/info/impressum", smallWarm?.path ?? "/"]);
      small.windowPeak();
      smallMiss = await cacheMiss(small, smallRest, options.smallArticles);
      addRow(
        sequentialRow(
          "2s",
          `article, cache miss at ${options.smallArticles} articles`,
          smallRest[0]?.path ?? "",
          smallMiss.latency,
          1,
          1000 / smallMiss.latency.mean,
          smallMiss.non2xx,
          `${smallMiss.reportedMisses}/${smallMiss.requests} x-nextjs-cache: MISS`,
        ),
      );
    } finally {
      await small.stop();
    }
  }
  fs.rmSync(path.join(ROOT, RUN_DIST), { recursive: true, force: true });
  for (const db of [database, smallDatabase]) if (db) deleteBenchComments(db);
  closeConnections();
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);

  const order = [
    "1a",
    "1b",
    "2",
    "2b",
    "2s",
    "3a",
    "3b",
    "3c",
    "3d",
    "3e",
    "3f",
    "3g",
    "3h",
    "3i",
    "3j",
    "4a",
    "4b",
    "4c",
    "4d",
    "5",
    "6a",
    "6b",
    "7a",
    "7b",
  ];
  scenarios.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const nextVersion = (
    JSON.parse(
      fs.readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8"),
    ) as {
      version: string;
    }
  ).version;
  clearInterval(loadTimer);
  const finished = new Date();
  const partial: Omit<BenchResult, "budgets"> = {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    seconds: (finished.getTime() - started.getTime()) / 1000,
    machine: {
      loadAverage,
      cpus: os.cpus().length,
      node: process.versions.node,
      next: nextVersion,
      platform: `${os.platform()} ${os.release()}`,
    },
    options: {
      serverNodeArgs: options.serverNodeArgs,
      articles: options.articles,
      smallArticles: options.smallArticles,
      connections: options.connections,
      seconds: options.seconds,
    },
    tool,
    scenarios,
    cacheMiss: { large: largeMiss, small: smallMiss },
    searchLatency,
    worstSearch,
    comments,
    pages,
    floor,
    nginx: nginxResult,
    memory,
  };
  return { ...partial, budgets: judgeBudgets(partial) };
}
