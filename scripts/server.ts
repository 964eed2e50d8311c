// The production HTTP server: Next's request handler behind a thin Node server that
//  - replaces X-Forwarded-For with the real client address (the socket's, or the trusted
//    proxy's entry), so rate limits cannot be dodged with a forged header,
//  - refuses oversized bodies (declared or chunked) with 413 before Next reads them,
//  - lets only URLs that can be pages reach Next's renderer (lib/route-gate.ts): the rest get the
//    prerendered 404 page, so unknown URLs never add entries to Next's cache on disk, and
//  - stops gracefully on SIGTERM/SIGINT: no new connections, requests in flight finish,
//    then the database is closed cleanly.
import fs from "node:fs";
import http from "node:http";
import type { Socket } from "node:net";
import path from "node:path";
import next from "next";
import { closeDb } from "@/db/client";
import { lookupRoute, type LookupResult } from "@/db/route-lookup";
import { PROXY_MAX_AGE, publicCacheControl } from "@/lib/cache-control";
import { clientAddress } from "@/lib/client-ip";
import { env } from "@/lib/env";
import { servedOverHttps } from "@/lib/https";
import { t } from "@/lib/i18n";
import { checkRoute, movedLocation, NOT_FOUND_PATH } from "@/lib/route-gate";
import { HSTS, ownResponseHeaders } from "@/lib/security-headers";

const SHUTDOWN_GRACE_MS = 10_000;
const QUIET_MS = 300;

/** Request bodies above this are refused before Next reads them (the largest form is a comment). */
export const MAX_BODY_BYTES = 64 * 1024;
/** Bodies sent in chunks are held up to here while they are counted (see waitForChunkedBody). */
const BODY_BUFFER_BYTES = 2 * MAX_BODY_BYTES;

const BAD_REQUEST_PAGE =
  `<!doctype html><html lang="de"><meta charset="utf-8"><title>${t.server.badRequestTitle}</title>` +
  `<h1>${t.server.badRequestTitle}</h1><p>${t.server.badRequestText} ` +
  `<a href="/">${t.server.backHome}</a></p></html>`;

const TEXT = "text/plain; charset=utf-8";
const HTML = "text/html; charset=utf-8";

function pathOf(url: string | undefined): string {
  return (url ?? "/").split("?")[0] || "/";
}

/** HSTS only where the site is reached over HTTPS (directly, or via a trusted proxy). */
function secure(req: http.IncomingMessage): boolean {
  return servedOverHttps(req.headers["x-forwarded-proto"] as string | undefined);
}

/** The URL paths of the files in public/: Next serves those (read once, as Next does at start). */
function publicFiles(): Set<string> {
  const root = path.join(process.cwd(), "public");
  if (!fs.existsSync(root)) return new Set();
  return new Set(
    fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        `/${path.relative(root, path.join(entry.parentPath, entry.name))}`
          .split(path.sep)
          .join("/"),
      ),
  );
}

/** An answer the server gives itself: the security headers every response carries, never cached. */
function sendOwn(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  for (const { key, value } of ownResponseHeaders(pathOf(req.url), secure(req))) {
    res.setHeader(key, value);
  }
  res.writeHead(status, {
    "Content-Type": TEXT,
    "Cache-Control": "no-store",
    ...headers,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

function declaredTooLarge(req: http.IncomingMessage): boolean {
  const length = Number(req.headers["content-length"] ?? 0);
  return Number.isFinite(length) && length > MAX_BODY_BYTES;
}

/**
 * A body sent in chunks has no length up front. It is left in the request's buffer (the server's
 * highWaterMark holds more than the limit) until it is complete or over the limit, so Next can
 * still read all of it afterwards.
 */
function waitForChunkedBody(req: http.IncomingMessage): Promise<"ok" | "too-large" | "gone"> {
  return new Promise((resolve) => {
    const finish = (verdict: "ok" | "too-large" | "gone") => {
      req.off("readable", check);
      req.off("error", gone);
      req.off("close", gone);
      resolve(verdict);
    };
    const gone = () => finish("gone");
    const check = () => {
      if (req.readableLength > MAX_BODY_BYTES) finish("too-large");
      else if (req.complete) finish("ok");
    };
    req.on("readable", check);
    req.on("error", gone);
    req.on("close", gone);
  });
}

/**
 * Answers 413 once the refused body has been read and dropped, so the client, still sending,
 * gets to read the answer instead of a broken pipe. Past 32 MB the connection just ends.
 */
function refuseBody(req: http.IncomingMessage, res: http.ServerResponse): void {
  let received = req.readableLength;
  req.on("data", (chunk: Buffer) => {
    received += chunk.length;
    if (received > 32 * 1024 * 1024) req.destroy();
  });
  req.on("end", () => sendOwn(req, res, 413, t.server.tooLarge, { Connection: "close" }));
  req.resume();
}

/** A POST whose Origin is another site (form posts from this site carry this site's origin). */
function crossOrigin(req: http.IncomingMessage): boolean {
  if (req.method !== "POST") return false;
  const origin = req.headers.origin;
  if (!origin || origin === "null") return origin === "null";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  const allowed = new Set([req.headers.host, new URL(env.siteUrl).host]);
  if (env.trustProxy) allowed.add(req.headers["x-forwarded-host"] as string | undefined);
  return !allowed.has(host);
}

function hasValidPath(url: string | undefined): boolean {
  try {
    decodeURIComponent(pathOf(url));
    return true;
  } catch {
    return false;
  }
}

/**
 * Cached public pages get the proxy policy of lib/cache-control.ts instead of Next's; answers the
 * route gate turned into the 404 page are never stored (the URL may become a page any minute).
 */
function rewriteCacheControl(res: http.ServerResponse, policy: { noStore: boolean }): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((name: string, value: number | string | readonly string[]) => {
    if (name.toLowerCase() !== "cache-control") return setHeader(name, value);
    if (policy.noStore) return setHeader(name, "no-store");
    return setHeader(name, typeof value === "string" ? publicCacheControl(value) : value);
  }) as typeof res.setHeader;
}

/**
 * Next (16.4) sets the Location of a cached redirect both with setHeader and through
 * writeHead under a custom server, which sends it twice ("/a, /a"). Keep one.
 */
function dedupeLocationHeader(res: http.ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const location = res.getHeader("location");
    if (Array.isArray(location)) res.setHeader("location", location[0] ?? "");
    const headers = args.find((a) => a !== null && typeof a === "object" && !Array.isArray(a)) as
      Record<string, unknown> | undefined;
    if (headers && res.hasHeader("location")) {
      for (const key of Object.keys(headers))
        if (key.toLowerCase() === "location") res.removeHeader("location");
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
}

type Verdict = { kind: "next" } | { kind: "not-found" } | { kind: "moved"; location: string };

/** The route gate's answer for a request, with the database lookup it asks for. */
function gate(req: http.IncomingMessage, files: ReadonlySet<string>): Verdict {
  const [pathname = "/", query = ""] = (req.url ?? "/").split(/\?(.*)/s);
  const check = checkRoute(pathname, new URLSearchParams(query), files);
  if (check.kind === "pass") return { kind: "next" };
  if (check.kind === "not-found") return check;
  let found: LookupResult;
  try {
    found = lookupRoute(check.lookup);
  } catch (error) {
    // Whatever is wrong with the database, the page itself will meet it too and say so.
    console.error("Adressprüfung fehlgeschlagen:", error);
    return { kind: "next" };
  }
  if (found.kind === "found") return { kind: "next" };
  if (found.kind === "missing") return { kind: "not-found" };
  return { kind: "moved", location: movedLocation(pathname, query ? `?${query}` : "", found) };
}

export async function startServer(): Promise<http.Server> {
  const app = next({ dev: false, dir: process.cwd(), port: env.port });
  const handle = app.getRequestHandler();
  await app.prepare();

  let stopping = false;
  const files = publicFiles();

  const render = (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      console.error("Anfrage fehlgeschlagen:", error);
      if (!res.headersSent) sendOwn(req, res, 500, t.server.internalError);
      else res.end();
    });
  };

  const route = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    cache: { noStore: boolean },
  ) => {
    if (crossOrigin(req)) {
      // Next checks this for server actions too, but answers with a 500; a forged form from
      // another site is the client's fault, and nothing of it may reach the application.
      sendOwn(req, res, 403, t.server.crossOrigin);
      return;
    }
    if (!hasValidPath(req.url)) {
      // Next answers a broken percent-encoding with a 500; it is the client's error.
      sendOwn(req, res, 400, BAD_REQUEST_PAGE, { "Content-Type": HTML });
      return;
    }
    const verdict = gate(req, files);
    if (verdict.kind === "moved") {
      sendOwn(req, res, 308, t.server.moved, {
        Location: verdict.location,
        "Cache-Control": publicCacheControl(`s-maxage=${PROXY_MAX_AGE}`),
      });
      return;
    }
    if (verdict.kind === "not-found") {
      // Next serves its prerendered 404 page for this path and writes nothing.
      cache.noStore = true;
      const query = (req.url ?? "").indexOf("?");
      req.url = NOT_FOUND_PATH + (query >= 0 ? (req.url ?? "").slice(query) : "");
    }
    if (secure(req)) res.setHeader(HSTS.key, HSTS.value);
    render(req, res);
  };

  const server = http.createServer({ highWaterMark: BODY_BUFFER_BYTES }, (req, res) => {
    const ip = clientAddress(req.headers, req.socket.remoteAddress, env.trustProxy);
    req.headers["x-forwarded-for"] = ip;
    req.headers["x-real-ip"] = ip;
    const cache = { noStore: false };
    dedupeLocationHeader(res);
    rewriteCacheControl(res, cache);
    // While stopping, answer what is already here but let no connection linger.
    if (stopping) res.setHeader("Connection", "close");
    if (declaredTooLarge(req)) {
      refuseBody(req, res);
      return;
    }
    if (req.headers["transfer-encoding"] !== undefined) {
      void waitForChunkedBody(req).then((verdict) => {
        if (verdict === "too-large") refuseBody(req, res);
        else if (verdict === "ok") route(req, res, cache);
      });
      return;
    }
    route(req, res, cache);
  });
  server.keepAliveTimeout = 65_000;

  // Connections and how many requests each is serving, for a shutdown that drops none.
  const connections = new Map<Socket, { active: number; served: number }>();
  let lastConnectionAt = 0;
  server.on("connection", (socket: Socket) => {
    lastConnectionAt = Date.now();
    connections.set(socket, { active: 0, served: 0 });
    socket.on("close", () => connections.delete(socket));
  });
  server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    const state = connections.get(req.socket);
    if (!state) return;
    state.active++;
    res.on("close", () => {
      state.active--;
      state.served++;
    });
  });
  // Node's close() also drops connections whose request is not parsed yet; ours waits for them.
  server.closeIdleConnections = () => undefined;

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: beende den Server, laufende Anfragen werden fertig bearbeitet …`);
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    force.unref();
    // Connections already queued at the socket would be reset if the listener closed now, so
    // it keeps accepting (each gets "Connection: close") until none has come for a moment.
    const started = Date.now();
    while (
      Date.now() - lastConnectionAt < QUIET_MS &&
      Date.now() - started < SHUTDOWN_GRACE_MS / 2
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    server.close(() => {
      closeDb();
      console.log("Server beendet, Datenbank geschlossen.");
      process.exit(0);
    });
    // Keep-alive connections that have served their requests and wait for more are closed now.
    // Connections that have not sent a request yet are left open: on a busy event loop their
    // request may be in the socket's buffer, unread, and closing would reset it (a client sees
    // ECONNRESET for a request it sent). Each gets its answer with "Connection: close"; one
    // that never sends anything is closed by the grace timer above. setImmediate runs the sweep
    // after the event loop's next read of the sockets, so a request already sent is counted.
    setImmediate(() => {
      for (const [socket, state] of connections) {
        if (state.active === 0 && state.served > 0) socket.destroy();
      }
    });
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  await new Promise<void>((resolve) => server.listen(env.port, resolve));
  console.log(`Kiosk läuft auf http://localhost:${env.port} (öffentlich: ${env.siteUrl})`);
  return server;
}
