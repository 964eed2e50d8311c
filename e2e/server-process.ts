import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { childEnv } from "@/lib/env";
import { request } from "@/lib/testing/http";
import { E2E_ADMIN_PASSWORD, E2E_MIN_FILL_MS, E2E_PORT } from "./env";

// Production servers of their own for the reliability tests: the build the Playwright web
// server made (.next-e2e), each with its own temporary database and port, started and killed
// as a test needs.

export interface TestServer {
  port: number;
  /** http://127.0.0.1:port */
  origin: string;
  database: string;
  process: ChildProcess;
  output: () => string;
}

/**
 * The port of a spec's own server number `n` (1–10), counted from the e2e server's port (3141 and
 * up by default), so runs on different E2E_PORTs do not take each other's ports.
 */
export function ownServerPort(n: number): number {
  return E2E_PORT + 33 + n;
}

export function tempDatabase(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kiosk-${label}-`));
  return path.join(dir, "kiosk.db");
}

/**
 * A copy of the e2e build for one test server. Next keeps its data and page caches inside the
 * dist dir; servers on other databases sharing it would serve each other's cached pages.
 */
function privateBuild(port: number): string {
  const dir = `.next-e2e-${port}`;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(".next-e2e", dir, {
    recursive: true,
    filter: (source) => !/[\\/](cache|route-cache|trace|trace-build|diagnostics)$/.test(source),
  });
  return dir;
}

export async function startServer(
  port: number,
  database: string,
  extraEnv: Record<string, string> = {},
): Promise<TestServer> {
  let output = "";
  const origin = `http://127.0.0.1:${port}`;
  const distDir = privateBuild(port);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: childEnv({
      PORT: String(port),
      DATABASE_PATH: database,
      SITE_URL: origin,
      NEXT_DIST_DIR: distDir,
      KIOSK_SKIP_BUILD: "1",
      SEED_ARTICLES: "60",
      ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      TRUST_PROXY: "",
      COMMENT_MIN_FILL_MS: String(E2E_MIN_FILL_MS),
      ...extraEnv,
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const { status } = await request(origin, "/api/health");
      if (status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, origin, database, process: child, output: () => output };
}

export function stopServer(
  server: TestServer,
  signal: NodeJS.Signals = "SIGTERM",
): Promise<number | null> {
  return new Promise((resolve) => {
    if (server.process.exitCode !== null) return resolve(server.process.exitCode);
    server.process.once("exit", (code) => {
      fs.rmSync(`.next-e2e-${server.port}`, { recursive: true, force: true });
      resolve(code);
    });
    server.process.kill(signal);
  });
}
