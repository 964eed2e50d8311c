// The search thread: its own read-only connection (WAL lets it read while the site writes), one
// search at a time, so a slow query never holds up the thread that serves pages.
import fs from "node:fs";
import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import { CANDIDATE_LIMIT, PREFIX_BUDGET, runSearch } from "./engine";
import type { SearchJob, SearchReply } from "./thread";

const port = parentPort;
if (!port) throw new Error("db/search/worker.ts runs as a worker thread only");
const { databasePath } = workerData as { databasePath: string };

// When the CPU is short, pages go first: on Linux each thread has a nice value of its own, and
// this one gives way to the thread that serves pages (elsewhere it keeps the process's).
try {
  const tid = Number(fs.readlinkSync("/proc/thread-self").split("/").pop());
  if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, 10);
} catch {
  // no /proc/thread-self: not Linux
}

const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
sqlite.pragma("busy_timeout = 5000");
sqlite.pragma("cache_size = -16000");
const db: Db = drizzle(sqlite, { schema });

port.on("message", (job: SearchJob) => {
  const started = performance.now();
  let reply: SearchReply;
  // The page has stopped waiting for a job that waited this long (and answered "busy"): skip it.
  if (Date.now() > job.expiresAt) reply = { id: job.id, kind: "expired" };
  else {
    port.postMessage({ id: job.id, kind: "started" } satisfies SearchReply);
    try {
      const limits = {
        candidates: CANDIDATE_LIMIT,
        prefixBudget: PREFIX_BUDGET,
        deadline: started + job.budgetMs,
      };
      reply = { id: job.id, ...runSearch(db, job.terms, job.page, job.now, limits) };
    } catch (error) {
      reply = { id: job.id, kind: "error", message: String(error) };
    }
  }
  port.postMessage(reply);
});
port.postMessage({ id: 0, kind: "ready" } satisfies SearchReply);
