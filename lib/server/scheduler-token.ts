// The key between the HTTP server's publication clock and the route that expires caches
// (app/api/intern/zeitplan). Both run in one Node process, so the key is made at start, kept on
// globalThis (Next's server code sees the same global) and never leaves the process: nobody
// outside can expire caches through that route.
import { randomBytes, timingSafeEqual } from "node:crypto";

const KEY = Symbol.for("kiosk.schedulerToken");
type Holder = { [KEY]?: string };

/** The process's key, made on first use. */
export function schedulerToken(): string {
  const holder = globalThis as Holder;
  holder[KEY] ??= randomBytes(32).toString("hex");
  return holder[KEY];
}

/** Whether a request carries this process's key (constant-time; false if none was made). */
export function isSchedulerToken(value: string | null): boolean {
  const expected = (globalThis as Holder)[KEY];
  if (!expected || !value || value.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(value), Buffer.from(expected));
}

/** The header the key travels in. */
export const SCHEDULER_HEADER = "x-kiosk-zeitplan";

/** How often the clock looks: a scheduled story appears within this of its minute. */
export const SCHEDULER_TICK_MS = 5_000;
