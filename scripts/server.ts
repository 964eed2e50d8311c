// The production HTTP server: Next's request handler behind a thin Node server that
//  - replaces X-Forwarded-For with the real client address (the socket's, or the trusted
//    proxy's entry), so rate limits cannot be dodged with a forged header, and
//  - stops gracefully on SIGTERM/SIGINT: no new connections, requests in flight finish,
//    then the database is closed cleanly.
import http from "node:http";
import next from "next";
import { closeDb } from "@/db/client";
import { clientAddress } from "@/lib/client-ip";
import { env } from "@/lib/env";

const SHUTDOWN_GRACE_MS = 10_000;

const BAD_REQUEST_PAGE =
  '<!doctype html><html lang="de"><meta charset="utf-8"><title>Ungültige Adresse</title>' +
  '<h1>Ungültige Adresse</h1><p>Diese Adresse ist fehlerhaft kodiert. <a href="/">Zur Startseite</a></p></html>';

function hasValidPath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
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

export async function startServer(): Promise<http.Server> {
  const app = next({ dev: false, dir: process.cwd(), port: env.port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    const ip = clientAddress(req.headers, req.socket.remoteAddress, env.trustProxy);
    req.headers["x-forwarded-for"] = ip;
    req.headers["x-real-ip"] = ip;
    dedupeLocationHeader(res);
    if (!hasValidPath(req.url)) {
      // Next answers a broken percent-encoding with a 500; it is the client's error.
      res.writeHead(400, {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
      });
      res.end(BAD_REQUEST_PAGE);
      return;
    }
    handle(req, res).catch((error: unknown) => {
      console.error("Anfrage fehlgeschlagen:", error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
      }
      res.end("Interner Fehler");
    });
  });
  server.keepAliveTimeout = 65_000;

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: beende den Server, laufende Anfragen werden fertig bearbeitet …`);
    const force = setTimeout(() => {
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      closeDb();
      console.log("Server beendet, Datenbank geschlossen.");
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  await new Promise<void>((resolve) => server.listen(env.port, resolve));
  console.log(`Kiosk läuft auf http://localhost:${env.port} (öffentlich: ${env.siteUrl})`);
  return server;
}
