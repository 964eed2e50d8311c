// The production HTTP server's lifecycle: Next's request handler behind a thin Node server
// (each request's way through it: scripts/server/requests.ts, its checks: lib/server/guards.ts)
// that listens on PORT, keeps connections alive longer than a proxy in front does, and stops
// gracefully on SIGTERM/SIGINT: no new connections, requests in flight finish, then the database
// is closed cleanly.
import http from "node:http";
import type { Socket } from "node:net";
import next from "next";
import { closeDb } from "@/db/client";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";
import { MAX_BODY_BYTES } from "@/lib/server/guards";
import { publicFiles, requestHandler } from "./server/requests";
import { startScheduler } from "./server/scheduler";

const SHUTDOWN_GRACE_MS = 10_000;
const QUIET_MS = 300;

/** Bodies sent in chunks are held up to here while they are counted (scripts/server/requests.ts). */
const BODY_BUFFER_BYTES = 2 * MAX_BODY_BYTES;

export async function startServer(): Promise<http.Server> {
  const app = next({ dev: false, dir: process.cwd(), port: env.port });
  const handle = app.getRequestHandler();
  await app.prepare();

  let stopping = false;
  const handleRequest = requestHandler(handle, publicFiles());
  const server = http.createServer({ highWaterMark: BODY_BUFFER_BYTES }, (req, res) => {
    // While stopping, answer what is already here but let no connection linger.
    if (stopping) res.setHeader("Connection", "close");
    handleRequest(req, res);
  });
  // Longer than a proxy's idle upstream connections live (nginx: keepalive_timeout 60 s), so a
  // proxy never reuses a connection this side has just closed.
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
    console.log(t.operations.stopping(signal));
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
    stopScheduler();
    server.close(() => {
      closeDb();
      console.log(t.operations.stopped);
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
  let stopScheduler = () => {};
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  await new Promise<void>((resolve) => server.listen(env.port, resolve));
  // The publication clock (scripts/server/scheduler.ts): scheduled stories appear at their time.
  stopScheduler = startScheduler(env.port);
  console.log(t.operations.listening(env.port, env.siteUrl));
  return server;
}
