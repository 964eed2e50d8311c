import { createHash, randomBytes } from "node:crypto";

// Staff sessions: a random token lives only in the browser's cookie; the database keeps its
// SHA-256. A session ends after idle time or at an absolute maximum, whichever comes first.
export const SESSION_COOKIE = "kiosk_session";
export const SESSION_IDLE_MS = 2 * 3600 * 1000;
export const SESSION_MAX_MS = 12 * 3600 * 1000;
/** Refresh last-seen at most this often, so every admin request is not a write. */
export const SESSION_TOUCH_MS = 60 * 1000;

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

interface SessionTimes {
  createdAt: number;
  lastSeenAt: number;
}

export function isSessionValid(session: SessionTimes, now: number): boolean {
  return now - session.lastSeenAt < SESSION_IDLE_MS && now - session.createdAt < SESSION_MAX_MS;
}

/** When the cookie should expire: the earlier of the idle limit and the absolute limit. */
export function sessionExpiry(session: SessionTimes, now: number): number {
  return Math.min(now + SESSION_IDLE_MS, session.createdAt + SESSION_MAX_MS);
}

export function looksLikeSessionToken(value: string | undefined): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
