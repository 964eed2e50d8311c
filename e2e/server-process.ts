import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { childEnv } from "@/lib/env";
import { E2E_ADMIN_PASSWORD } from "./env";

// Production servers of their own for the reliability tests: the build the Playwright web
// server made (.next-e2e), each with its own temporary database and port, started and killed
// as a test needs.

export interface TestServer {
  port: number;
  database: string;
  process: ChildProcess;
  output: () => string;
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
  const distDir = privateBuild(port);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: childEnv({
      PORT: String(port),
      DATABASE_PATH: database,
      SITE_URL: `http://127.0.0.1:${port}`,
      NEXT_DIST_DIR: distDir,
      KIOSK_SKIP_BUILD: "1",
      SEED_ARTICLES: "60",
      ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      TRUST_PROXY: "",
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
      const { status } = await request({ port, path: "/api/health" });
      if (status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, database, process: child, output: () => output };
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

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A plain HTTP request; `localAddress` makes it come from another 127.0.0.x client. */
export function request(options: {
  port: number;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Send the body in pieces of this size with Transfer-Encoding: chunked (no Content-Length). */
  chunkSize?: number;
  localAddress?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: options.port,
        path: options.path,
        method: options.method ?? "GET",
        headers: options.chunkSize
          ? { ...options.headers, "Transfer-Encoding": "chunked" }
          : options.headers,
        localAddress: options.localAddress,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
    const body = options.body ?? "";
    const step = options.chunkSize ?? Math.max(body.length, 1);
    for (let at = 0; at < body.length; at += step) req.write(body.slice(at, at + step));
    req.end();
  });
}

function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * The hidden fields React renders into a server-action form (its action id and bound
 * arguments), so a test can post the form exactly as a browser without JavaScript does.
 */
export function hiddenFields(html: string, formMarker: string): Record<string, string> {
  const start = html.indexOf(formMarker);
  if (start < 0) throw new Error(`form not found: ${formMarker}`);
  const formStart = html.lastIndexOf("<form", start);
  const formEnd = html.indexOf("</form>", start);
  const form = html.slice(formStart, formEnd);
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const attrs = m[1] ?? "";
    if (!/type="hidden"/.test(attrs)) continue;
    const name = /name="([^"]*)"/.exec(attrs)?.[1];
    const value = /value="([^"]*)"/.exec(attrs)?.[1] ?? "";
    if (name) fields[decodeEntities(name)] = decodeEntities(value);
  }
  return fields;
}

export function formAction(html: string, formMarker: string): string {
  const start = html.indexOf(formMarker);
  const formStart = html.lastIndexOf("<form", start);
  const tag = html.slice(formStart, html.indexOf(">", formStart));
  return decodeEntities(/action="([^"]*)"/.exec(tag)?.[1] ?? "");
}

export function multipart(fields: Record<string, string | string[]>): {
  body: Buffer;
  contentType: string;
} {
  const boundary = `----kiosk${Math.random().toString(16).slice(2)}`;
  const parts: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    for (const v of [value].flat()) {
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${v}\r\n`);
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return {
    body: Buffer.from(parts.join(""), "utf8"),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Runs `tasks` with at most `limit` at once. */
export async function pool<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await tasks[i]!();
      }
    }),
  );
  return results;
}
