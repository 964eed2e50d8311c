// One request's way through the HTTP server: the real client address, the guards of
// lib/server/guards.ts (body size, origin, path, route gate) and then Next's handler. The
// decisions are the guards'; this file reads the facts off the request and carries them out.
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { lookupRoute } from "@/db/route-lookup";
import { publicCacheControl } from "@/lib/cache-control";
import { clientAddress } from "@/lib/client-ip";
import { env } from "@/lib/env";
import { servedOverHttps } from "@/lib/https";
import { t } from "@/lib/i18n";
import {
  ANSWERS,
  bodyVerdict,
  chunkedBodyVerdict,
  GONE_STATUS,
  type LookupAnswer,
  movedAnswer,
  type OwnAnswer,
  pathOf,
  requestVerdict,
  routeVerdict,
  TEXT,
} from "@/lib/server/guards";
import type { RouteLookup } from "@/lib/route-gate";
import { HSTS, ownResponseHeaders } from "@/lib/security-headers";

type Handle = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

/** HSTS only where the site is reached over HTTPS (directly, or via a trusted proxy). */
function secure(req: http.IncomingMessage): boolean {
  return servedOverHttps(req.headers["x-forwarded-proto"] as string | undefined);
}

/** The URL paths of the files in public/: Next serves those (read once, as Next does at start). */
export function publicFiles(): Set<string> {
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

/** Sends an answer of the server's own: the security headers every response carries, never cached. */
function sendOwn(req: http.IncomingMessage, res: http.ServerResponse, answer: OwnAnswer): void {
  for (const { key, value } of ownResponseHeaders(pathOf(req.url), secure(req))) {
    res.setHeader(key, value);
  }
  res.writeHead(answer.status, {
    "Content-Type": TEXT,
    "Cache-Control": "no-store",
    ...answer.headers,
  });
  res.end(req.method === "HEAD" ? undefined : answer.body);
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
      const verdict = chunkedBodyVerdict(req.readableLength, req.complete);
      if (verdict !== "wait") finish(verdict);
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
  req.on("end", () => sendOwn(req, res, ANSWERS.tooLarge));
  req.resume();
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

/**
 * Sends whatever Next renders with `status` instead of 200 (the "gone" page is an ordinary page
 * to Next). Node writes implicit headers through writeHead too, so this sees every response.
 */
function overrideStatus(res: http.ServerResponse, status: number): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((code: number, ...rest: unknown[]) =>
    writeHead(code === 200 ? status : code, ...rest)) as typeof res.writeHead;
}

function lookup(route: RouteLookup): LookupAnswer | "failed" {
  try {
    return lookupRoute(route);
  } catch (error) {
    console.error(t.operations.routeCheckFailed, error);
    return "failed";
  }
}

/** The server's request listener around Next's handler. */
export function requestHandler(
  handle: Handle,
  files: ReadonlySet<string>,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const render = (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      console.error(t.operations.requestFailed, error);
      if (!res.headersSent) sendOwn(req, res, ANSWERS.internalError);
      else res.end();
    });
  };

  const route = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    cache: { noStore: boolean },
  ) => {
    const own = requestVerdict(req, { siteUrl: env.siteUrl, trustProxy: env.trustProxy });
    if (own) return sendOwn(req, res, own);
    const verdict = routeVerdict(req.url, files, lookup);
    if (verdict.kind === "moved") return sendOwn(req, res, movedAnswer(verdict.location));
    if (verdict.kind === "not-found") {
      cache.noStore = true;
      req.url = verdict.url;
    }
    if (verdict.kind === "gone") {
      cache.noStore = true;
      req.url = verdict.url;
      // The whole page, every time: a 304 for a validator would not say "gone".
      delete req.headers["if-none-match"];
      delete req.headers["if-modified-since"];
      overrideStatus(res, GONE_STATUS);
    }
    if (secure(req)) res.setHeader(HSTS.key, HSTS.value);
    render(req, res);
  };

  return (req, res) => {
    const ip = clientAddress(req.headers, req.socket.remoteAddress, env.trustProxy);
    req.headers["x-forwarded-for"] = ip;
    req.headers["x-real-ip"] = ip;
    const cache = { noStore: false };
    dedupeLocationHeader(res);
    rewriteCacheControl(res, cache);
    const body = bodyVerdict(req.headers);
    if (body === "too-large") return refuseBody(req, res);
    if (body === "count-chunks") {
      void waitForChunkedBody(req).then((verdict) => {
        if (verdict === "too-large") refuseBody(req, res);
        else if (verdict === "ok") route(req, res, cache);
      });
      return;
    }
    route(req, res, cache);
  };
}
