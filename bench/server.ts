// The bench's own Kiosk: database (seeded once, reused), build (own dist dir, rebuilt when the
// sources change) and a production server on its own port, started through scripts/start.ts.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { childEnv, env } from "@/lib/env";
import { buildIsCurrent } from "@/scripts/start/build";

export const ROOT = process.cwd();
/** Where the build lives; every server start gets a fresh copy of it (see freshDistDir). */
export const TEMPLATE_DIST = ".next-bench";
/**
 * The comment form's minimum fill time on the bench's servers: the product's default
 * (COMMENT_MIN_FILL_MS, lib/form-token.ts), set explicitly so the bench measures the product as
 * it ships, whatever the caller's environment says.
 */
export const BENCH_MIN_FILL_MS = 3_000;

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export function articleCount(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT count(*) AS n FROM articles").get() as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

/** Whether a database has exactly the migrations in db/migrations applied (drizzle's journal). */
export function migrationsMatch(file: string): boolean {
  const journal = JSON.parse(
    fs.readFileSync(path.join(ROOT, "db", "migrations", "meta", "_journal.json"), "utf8"),
  ) as { entries: { when: number }[] };
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const applied = db
      .prepare("SELECT created_at AS at FROM __drizzle_migrations ORDER BY created_at")
      .all() as { at: number }[];
    return (
      applied.length === journal.entries.length &&
      journal.entries.every((e, i) => Number(applied[i]?.at) === e.when)
    );
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * A database with exactly `articles` articles: reused when it exists with that count and the
 * current migrations, else (or with --fresh) made anew by the project's seed (scripts/seed.ts).
 */
export function ensureDatabase(articles: number, fresh: boolean): string {
  const file = path.join(ROOT, "data", `bench-${articles}.db`);
  if (!fresh && fs.existsSync(file)) {
    try {
      if (!migrationsMatch(file)) {
        log(`${path.relative(ROOT, file)} was made with other migrations; seeding it anew`);
      } else if (articleCount(file) === articles) return file;
      else log(`${path.relative(ROOT, file)} has a different article count; seeding it anew`);
    } catch (error) {
      log(`${path.relative(ROOT, file)} is unreadable (${String(error)}); seeding it anew`);
    }
  }
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  log(`seeding ${articles} articles into ${path.relative(ROOT, file)} …`);
  const started = Date.now();
  const seed = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/seed.ts", "--articles", String(articles), "--database", file],
    { cwd: ROOT, stdio: ["ignore", process.stderr, "inherit"] },
  );
  if (seed.status !== 0) throw new Error(`seeding ${file} failed (exit ${seed.status})`);
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return file;
}

/**
 * Builds into .next-bench when the build is missing or older than the sources. `next build`
 * adds its dist dir to tsconfig.json's include list; the bench puts tsconfig.json back as it
 * was and drops the generated route types, so `tsc` never sees the bench's build.
 */
export function ensureBuild(database: string, siteUrl: string, force = false): void {
  if (!force && buildIsCurrent(ROOT, TEMPLATE_DIST)) return;
  log(`building into ${TEMPLATE_DIST} (next build) …`);
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = fs.readFileSync(tsconfig, "utf8");
  const started = Date.now();
  try {
    const build = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
        env: childEnv({
          NODE_ENV: "production",
          NEXT_DIST_DIR: TEMPLATE_DIST,
          DATABASE_PATH: database,
          SITE_URL: siteUrl,
          NEXT_TELEMETRY_DISABLED: "1",
        }),
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (build.status !== 0) {
      process.stderr.write(build.stdout.toString() + build.stderr.toString());
      throw new Error(`next build failed (exit ${build.status})`);
    }
  } finally {
    if (fs.readFileSync(tsconfig, "utf8") !== before) fs.writeFileSync(tsconfig, before);
    fs.rmSync(path.join(ROOT, TEMPLATE_DIST, "types"), { recursive: true, force: true });
    fs.rmSync(path.join(ROOT, TEMPLATE_DIST, "dev"), { recursive: true, force: true });
  }
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * A pristine copy of the build for one server run. Next keeps its page and data cache inside the
 * dist dir, so a copy per run means every run starts cold: a "never requested" article really is
 * a cache miss, and a second server (another database) never serves the first one's pages.
 */
export function freshDistDir(name: string): string {
  const target = path.join(ROOT, name);
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, TEMPLATE_DIST), target, {
    recursive: true,
    // The build's own compiler cache is not needed to serve.
    filter: (src) => !src.includes(`${path.sep}cache${path.sep}turbopack`),
  });
  return name;
}

export interface RunningServer {
  pid: number;
  port: number;
  origin: string;
  logFile: string;
  /** Peak resident memory of the server's process tree, sampled every 200 ms, in bytes. */
  peakRss(): number;
  /** The kernel's own high-water mark (VmHWM) summed over the tree, in bytes. */
  highWaterMark(): number;
  /** Peak resident memory since the previous call (per-scenario peaks), in bytes. */
  windowPeak(): number;
  stop(): Promise<void>;
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[] = [];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const task of tasks) {
    try {
      const list = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const child of list.split(/\s+/)) if (child) out.push(Number(child));
    } catch {
      // the task ended meanwhile
    }
  }
  return out;
}

/** The process and all its descendants. */
export function processTree(pid: number): number[] {
  const all: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift() as number;
    all.push(next);
    queue.push(...childrenOf(next));
  }
  return all;
}

/** VmRSS and VmHWM of one process in bytes (0 when it is gone or /proc is missing). */
export function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    return { rss: kb("VmRSS") * 1024, hwm: kb("VmHWM") * 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

export async function waitForHealth(
  origin: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode})`);
    try {
      const res = await fetch(`${origin}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${origin}/api/health did not answer within ${timeoutMs / 1000} s`);
}

export interface StartOptions {
  port: number;
  database: string;
  distDir: string;
  /** Extra environment for the server. */
  env?: Record<string, string>;
  /** Extra node flags (e.g. --cpu-prof for profiling a run). */
  nodeArgs?: string[];
}

/** Starts `tsx scripts/start.ts` (migrate, no seeding needed, no build) and waits for health. */
export async function startKiosk(options: StartOptions): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const probe = await fetch(`${origin}/api/health`).then(
    () => true,
    () => false,
  );
  if (probe) throw new Error(`port ${options.port} is already in use; pick another with --port`);
  const logFile = path.join(ROOT, "bench", "results", `server-${options.port}.log`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, "w");
  // One node process (tsx as a loader, not a wrapper), so its memory is the server's memory.
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), "--import", "tsx", "scripts/start.ts"],
    {
      cwd: ROOT,
      stdio: ["ignore", out, out],
      env: childEnv({
        NODE_ENV: "production",
        PORT: String(options.port),
        DATABASE_PATH: options.database,
        NEXT_DIST_DIR: options.distDir,
        SITE_URL: `http://localhost:${options.port}`,
        KIOSK_SKIP_BUILD: "1",
        NEXT_TELEMETRY_DISABLED: "1",
        // The first-admin step must not print a generated password into the bench log.
        ADMIN_PASSWORD: env.adminPassword ?? "bench-only-not-a-real-password-1",
        COMMENT_MIN_FILL_MS: String(BENCH_MIN_FILL_MS),
        ...options.env,
      }),
    },
  );
  fs.closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start the server");

  let peak = 0;
  let hwm = 0;
  let window = 0;
  const sample = () => {
    let rss = 0;
    let marks = 0;
    for (const p of processTree(pid)) {
      const m = memoryOf(p);
      rss += m.rss;
      marks += m.hwm;
    }
    if (rss > peak) peak = rss;
    if (rss > window) window = rss;
    if (marks > hwm) hwm = marks;
  };
  const timer = setInterval(sample, 200);
  timer.unref();

  try {
    await waitForHealth(origin, child, 120_000);
  } catch (error) {
    clearInterval(timer);
    child.kill("SIGTERM");
    throw new Error(`${String(error)}; see ${path.relative(ROOT, logFile)}`);
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    pid,
    port: options.port,
    origin,
    logFile,
    peakRss: () => {
      sample();
      return peak;
    },
    highWaterMark: () => {
      sample();
      return hwm;
    },
    windowPeak: () => {
      sample();
      const value = window;
      window = 0;
      return value;
    },
    stop: async () => {
      sample();
      clearInterval(timer);
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timeout = setTimeout(() => child.kill("SIGKILL"), 15_000);
        await exited;
        clearTimeout(timeout);
      }
    },
  };
}
