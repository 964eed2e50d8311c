// Scenario 6: the article through nginx as a caching reverse proxy configured from
// deploy/nginx.conf, against the same nginx serving the article's HTML as a plain file.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { multipart } from "@/lib/testing/http";
import {
  BENCH_USER_AGENT,
  clientAddressFor,
  commentFields,
  loadFormTemplates,
  TOKEN_WAIT_MS,
} from "./comments";
import type { ArticleRef } from "./fixtures";
import { get, request } from "./http";
import { ROOT, log } from "./server";

export const DEPLOY_CONF = path.join(ROOT, "deploy", "nginx.conf");

export function nginxBinary(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  const matches = text.match(
    new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`),
  );
  if (matches?.length !== 1) {
    throw new Error(
      `deploy/nginx.conf: expected exactly one match of ${pattern}, found ${matches?.length ?? 0}`,
    );
  }
  return text.replace(pattern, replacement);
}

/** deploy/nginx.conf with the bench's ports and cache folder; everything else as deployed. */
export function renderDeployConf(
  source: string,
  options: { listenPort: number; upstreamPort: number; cacheDir: string },
): string {
  let conf = replaceOnce(source, /^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${options.listenPort};`);
  conf = replaceOnce(conf, /^\s*listen \[::\]:80;\n/m, "");
  conf = replaceOnce(
    conf,
    /server 127\.0\.0\.1:3000;/,
    `server 127.0.0.1:${options.upstreamPort};`,
  );
  conf = replaceOnce(
    conf,
    /proxy_cache_path \/var\/cache\/nginx\/kiosk /,
    `proxy_cache_path ${options.cacheDir} `,
  );
  conf = replaceOnce(conf, /server_name kiosk\.example;/, "server_name localhost 127.0.0.1;");
  return conf;
}

export function mainConf(dir: string, kioskConf: string, staticPort: number): string {
  const user = process.getuid?.() === 0 ? "user root root;\n" : "";
  return `${user}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy_temp;
    fastcgi_temp_path ${dir}/fastcgi_temp;
    uwsgi_temp_path ${dir}/uwsgi_temp;
    scgi_temp_path ${dir}/scgi_temp;

    include ${kioskConf};

    # The same nginx serving the article as a plain file: the ceiling for the proxy.
    server {
        listen 127.0.0.1:${staticPort};
        root ${dir}/static;
        location / { default_type text/html; try_files $uri =404; }
    }
}
`;
}

export interface RunningNginx {
  proxyOrigin: string;
  staticOrigin: string;
  staticPath: string;
  dir: string;
  stop(): Promise<void>;
}

export async function startNginx(options: {
  binary: string;
  upstreamPort: number;
  proxyPort: number;
  staticPort: number;
  staticHtml: Buffer;
}): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-nginx-"));
  fs.mkdirSync(path.join(dir, "static"));
  fs.mkdirSync(path.join(dir, "cache"));
  fs.writeFileSync(path.join(dir, "static", "article.html"), options.staticHtml);
  const kioskConf = path.join(dir, "kiosk.conf");
  fs.writeFileSync(
    kioskConf,
    renderDeployConf(fs.readFileSync(DEPLOY_CONF, "utf8"), {
      listenPort: options.proxyPort,
      upstreamPort: options.upstreamPort,
      cacheDir: path.join(dir, "cache"),
    }),
  );
  const confFile = path.join(dir, "nginx.conf");
  fs.writeFileSync(confFile, mainConf(dir, kioskConf, options.staticPort));
  const args = ["-e", path.join(dir, "error.log"), "-p", dir, "-c", confFile];
  const test = spawnSync(options.binary, ["-t", ...args], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
  const child: ChildProcess = spawn(options.binary, [...args, "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const proxyOrigin = `http://127.0.0.1:${options.proxyPort}`;
  const staticOrigin = `http://127.0.0.1:${options.staticPort}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ok = await get(staticOrigin, "/article.html").then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`nginx did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    proxyOrigin,
    staticOrigin,
    staticPath: "/article.html",
    dir,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGQUIT");
        const t = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(t);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** X-Cache-Status of the first requests of a page nobody has requested through the proxy yet. */
export async function cacheStatusSequence(
  proxyOrigin: string,
  pagePath: string,
  n = 3,
): Promise<string[]> {
  const statuses: string[] = [];
  for (let i = 0; i < n; i++) {
    const res = await get(proxyOrigin, pagePath);
    statuses.push(`${res.status} ${String(res.headers["x-cache-status"] ?? "-")}`);
  }
  return statuses;
}

export function sMaxAge(cacheControl: string | undefined): number | null {
  const m = /(?:^|[,\s])s-maxage=(\d+)/.exec(cacheControl ?? "");
  return m?.[1] ? Number(m[1]) : null;
}

export interface FreshnessResult {
  article: string;
  sMaxAge: number | null;
  cacheControl: string;
  commentApproved: boolean;
  /** Seconds from the approval until the origin showed it; null when never within the wait. */
  visibleAtOriginAfter: number | null;
  visibleThroughProxyAfter: number | null;
  waitedSeconds: number;
  note: string;
}

function setAutoApprove(
  database: string,
  on: boolean | null,
  previous?: string | null,
): string | null {
  const db = new Database(database, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const row = db.prepare("SELECT value FROM settings WHERE key = 'comments'").get() as
      { value: string } | undefined;
    if (on === null) {
      if (previous === null || previous === undefined)
        db.prepare("DELETE FROM settings WHERE key = 'comments'").run();
      else db.prepare("UPDATE settings SET value = ? WHERE key = 'comments'").run(previous);
      return null;
    }
    const current = row ? (JSON.parse(row.value) as Record<string, unknown>) : {};
    db.prepare(
      "INSERT INTO settings (key, value) VALUES ('comments', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    ).run(JSON.stringify({ ...current, autoApprove: on }));
    return row?.value ?? null;
  } finally {
    db.close();
  }
}

/**
 * An approved comment through the proxy: a returning commenter (auto-approval switched on in the
 * bench database for this check) comments on a page the proxy holds; then the bench polls the
 * origin and the proxy until the comment shows, for at most maxWaitSeconds.
 */
export async function checkFreshness(options: {
  originUrl: string;
  proxyOrigin: string;
  database: string;
  article: ArticleRef;
  commenter: { email: string; name: string };
  maxWaitSeconds: number;
}): Promise<FreshnessResult> {
  const { proxyOrigin, originUrl, article } = options;
  const first = await get(proxyOrigin, article.path);
  await get(proxyOrigin, article.path);
  const cacheControl = String(first.headers["cache-control"] ?? "");
  const maxAge = sMaxAge(cacheControl);
  const previous = setAutoApprove(options.database, true);
  try {
    const [template] = await loadFormTemplates(proxyOrigin, [article]);
    if (!template) throw new Error("no comment form");
    const tokenRes = await get(proxyOrigin, `/api/kommentar-token?artikel=${article.id}`);
    const token = (JSON.parse(tokenRes.body) as { token: string }).token;
    await new Promise((r) => setTimeout(r, TOKEN_WAIT_MS));
    const marker = `Frische-Probe ${Date.now().toString(36)}`;
    const fields = commentFields({ template, token, client: "", serial: 0 }, "fresh");
    const { body, contentType } = multipart({
      ...fields,
      email: options.commenter.email,
      name: options.commenter.name,
      body: `${marker}: ${fields.body}`,
    });
    const post = await request(proxyOrigin, article.path, {
      method: "POST",
      body,
      headers: {
        "content-type": contentType,
        "user-agent": BENCH_USER_AGENT,
        "x-forwarded-for": clientAddressFor(99_999),
        origin: proxyOrigin,
      },
    });
    const approved = post.status === 200 && post.body.includes("notice--success");
    const approvedAt = Date.now();
    let atOrigin: number | null = null;
    let atProxy: number | null = null;
    // Wait for the proxy only when its s-maxage fits the bench's patience; otherwise stop a few
    // seconds after the origin shows the comment (the proxy then still has the old page).
    const waitForProxy = maxAge === null || maxAge + 5 <= options.maxWaitSeconds;
    const limit =
      maxAge === null ? options.maxWaitSeconds : Math.min(options.maxWaitSeconds, maxAge + 5);
    for (;;) {
      const elapsed = (Date.now() - approvedAt) / 1000;
      if (elapsed > limit || (atOrigin !== null && atProxy !== null)) break;
      if (!waitForProxy && atOrigin !== null && elapsed > atOrigin + 3) break;
      if (atOrigin === null && (await get(originUrl, article.path)).body.includes(marker))
        atOrigin = elapsed;
      if (atProxy === null && (await get(proxyOrigin, article.path)).body.includes(marker))
        atProxy = elapsed;
      await new Promise((r) => setTimeout(r, 500));
    }
    const waited = (Date.now() - approvedAt) / 1000;
    let note = "";
    if (!approved) note = "the returning commenter's comment was not accepted";
    else if (atProxy === null && maxAge !== null && maxAge + 5 > options.maxWaitSeconds) {
      note = `s-maxage=${maxAge} s is longer than the bench waits (${options.maxWaitSeconds} s): the proxy serves the old page until then`;
    }
    log(
      `freshness: origin ${atOrigin ?? "never"} s, proxy ${atProxy ?? "never"} s (s-maxage ${maxAge ?? "none"})`,
    );
    return {
      article: article.path,
      sMaxAge: maxAge,
      cacheControl,
      commentApproved: approved,
      visibleAtOriginAfter: atOrigin,
      visibleThroughProxyAfter: atProxy,
      waitedSeconds: waited,
      note,
    };
  } finally {
    setAutoApprove(options.database, null, previous);
  }
}
