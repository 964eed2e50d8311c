// The page's side of the search thread: starts it on first use, hands it one job at a time and
// waits a bounded time. Searches never run on the thread that serves (cached) pages, so a search
// in flight costs those pages nothing but a share of the CPU.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SearchTerm } from "@/lib/search";
import type { EngineResult } from "./engine";

export interface SearchJob {
  id: number;
  terms: SearchTerm[];
  page: number;
  now: number;
  /** Date.now() after which nobody waits for the answer. */
  expiresAt: number;
  /** Milliseconds the search may take once it runs (the engine's deadline). */
  budgetMs: number;
}

export type SearchReply =
  | ({ id: number } & EngineResult)
  /** ready: the thread is up; started: it took this job; expired: it skipped it, too late. */
  | { id: number; kind: "ready" | "started" | "expired" }
  | { id: number; kind: "error"; message: string };

type ThreadResult = EngineResult | { kind: "too-general" | "busy" };

interface ThreadOptions {
  databasePath: string;
  /** How long a search may run before it gives up with "too general" (checked between steps). */
  budgetMs?: number;
  /** How long a page waits for a search once handed over ("too general" if it ran, else "busy"). */
  timeoutMs?: number;
  /** Searches waiting at once; more are answered "busy" at once. */
  maxWaiting?: number;
  /** How long the thread may take to start (it compiles its TypeScript first). */
  startTimeoutMs?: number;
}

const BOOT = ["db", "search", "worker-boot.mjs"];

export class SearchThread {
  private worker: Worker | null = null;
  private ready: Promise<boolean> | null = null;
  private nextId = 1;
  /** Searches asked for and not yet answered, the thread's start included. */
  private pending = 0;
  /** Jobs handed to the thread and not answered yet, oldest first. */
  private readonly waiting = new Map<
    number,
    { started: boolean; answer: (r: SearchReply) => void }
  >();
  private readonly budgetMs: number;
  private readonly timeoutMs: number;
  private readonly maxWaiting: number;
  private readonly startTimeoutMs: number;

  constructor(private readonly options: ThreadOptions) {
    this.budgetMs = options.budgetMs ?? 500;
    this.timeoutMs = options.timeoutMs ?? 1_000;
    this.maxWaiting = options.maxWaiting ?? 16;
    this.startTimeoutMs = options.startTimeoutMs ?? 20_000;
  }

  /** Starts the thread (once); true when it is ready for searches. */
  start(): Promise<boolean> {
    if (this.ready) return this.ready;
    // turbopackIgnore: the thread's entry is loaded by Node at run time, not bundled.
    const entry = path.join(/*turbopackIgnore: true*/ process.cwd(), ...BOOT);
    const worker = new Worker(entry, {
      workerData: { databasePath: this.options.databasePath },
      // Node flags of the server (its heap cap, --import tsx) are not for this thread.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: 96 },
    });
    // The thread never keeps the process alive: a stopping server does not wait for it.
    worker.unref();
    this.worker = worker;
    this.ready = new Promise<boolean>((resolve) => {
      const fail = (message: string) => {
        clearTimeout(timer);
        resolve(false);
        if (this.worker === worker) console.error(`search thread: ${message}`);
        this.forget(worker, message);
      };
      const timer = setTimeout(() => {
        fail("search thread did not start in time");
        void worker.terminate();
      }, this.startTimeoutMs);
      timer.unref();
      worker.on("message", (reply: SearchReply) => {
        if (reply.kind === "ready") {
          clearTimeout(timer);
          resolve(true);
        } else if (reply.kind === "started") {
          const job = this.waiting.get(reply.id);
          if (job) job.started = true;
        } else this.waiting.get(reply.id)?.answer(reply);
      });
      worker.on("error", (error) => fail(String(error)));
      worker.on("exit", (code) => fail(`search thread exited (${code})`));
    });
    return this.ready;
  }

  /** Forgets a dead thread (the next search starts a new one) and answers its waiting jobs. */
  private forget(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.ready = null;
    for (const [id, job] of this.waiting) job.answer({ id, kind: "error", message });
  }

  /** One search; never rejects: a search that cannot run answers "busy" or "too-general". */
  async run(terms: SearchTerm[], page: number, now = Date.now()): Promise<ThreadResult> {
    if (this.pending >= this.maxWaiting) return { kind: "busy" };
    this.pending++;
    try {
      if (!(await this.start()) || !this.worker) return { kind: "busy" };
      const job = { id: this.nextId++, terms, page, now, expiresAt: 0, budgetMs: this.budgetMs };
      return await this.send(this.worker, job);
    } finally {
      this.pending--;
    }
  }

  private send(worker: Worker, job: SearchJob): Promise<ThreadResult> {
    // The clock starts once the thread is up: its start is not the query's fault.
    job.expiresAt = Date.now() + this.timeoutMs;
    return new Promise<ThreadResult>((resolve) => {
      const settle = (result: ThreadResult) => {
        if (!this.waiting.delete(job.id)) return;
        clearTimeout(timer);
        resolve(result);
      };
      // Out of time: "too general" if the search ran that long, "busy" if it was still queued.
      const timer = setTimeout(() => {
        settle({ kind: this.waiting.get(job.id)?.started ? "too-general" : "busy" });
      }, this.timeoutMs);
      const answer = (reply: SearchReply) => {
        if (reply.kind === "results" || reply.kind === "too-general") settle(reply);
        else {
          if (reply.kind === "error") console.error(`search failed: ${reply.message}`);
          settle({ kind: "busy" });
        }
      };
      this.waiting.set(job.id, { started: false, answer });
      worker.postMessage(job);
    });
  }

  /** Stops the thread (tests, shutdown). */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.forget(worker, "stopped");
    await worker.terminate();
  }
}
