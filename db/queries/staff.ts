import "server-only";
import { getDb } from "@/db/client";
import type { StaffRole } from "@/db/schema";
import { isSessionValid, SESSION_TOUCH_MS } from "@/lib/auth/session";
import { THROTTLE } from "@/lib/auth/throttle";

export interface StaffMember {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
}

export function findStaffForLogin(
  username: string,
): (StaffMember & { passwordHash: string }) | null {
  return (
    (getDb()
      .$client.prepare(
        `SELECT id, username, display_name AS displayName, role, password_hash AS passwordHash
         FROM staff WHERE username = ? COLLATE NOCASE`,
      )
      .get(username) as (StaffMember & { passwordHash: string }) | undefined) ?? null
  );
}

// ---- Sessions ---------------------------------------------------------------------------

export function createSession(tokenHash: string, staffId: number, now = Date.now()): void {
  const db = getDb().$client;
  db.transaction(() => {
    // Expired sessions are cleaned up whenever someone logs in.
    db.prepare("DELETE FROM sessions WHERE last_seen_at < ?").run(now - THROTTLE.windowMs * 96);
    db.prepare(
      "INSERT INTO sessions (token_hash, staff_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)",
    ).run(tokenHash, staffId, now, now);
  }).immediate();
}

export interface ActiveSession {
  staff: StaffMember;
  createdAt: number;
  lastSeenAt: number;
}

/** The staff member behind a session token hash, if the session is still valid. */
export function findSession(tokenHash: string, now = Date.now()): ActiveSession | null {
  const db = getDb().$client;
  const row = db
    .prepare(
      `SELECT s.created_at AS createdAt, s.last_seen_at AS lastSeenAt, st.id, st.username,
         st.display_name AS displayName, st.role
       FROM sessions s JOIN staff st ON st.id = s.staff_id WHERE s.token_hash = ?`,
    )
    .get(tokenHash) as (StaffMember & { createdAt: number; lastSeenAt: number }) | undefined;
  if (!row) return null;
  if (!isSessionValid(row, now)) {
    db.prepare("DELETE FROM sessions WHERE token_hash = ?").run(tokenHash);
    return null;
  }
  if (now - row.lastSeenAt > SESSION_TOUCH_MS) {
    db.prepare("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?").run(now, tokenHash);
  }
  const { createdAt, lastSeenAt, ...staff } = row;
  return { staff, createdAt, lastSeenAt };
}

export function deleteSession(tokenHash: string): void {
  getDb().$client.prepare("DELETE FROM sessions WHERE token_hash = ?").run(tokenHash);
}

// ---- Login failures -----------------------------------------------------------------------

export function recentFailures(key: string, now = Date.now()): number[] {
  return (
    getDb()
      .$client.prepare(
        "SELECT created_at AS t FROM login_failures WHERE key = ? AND created_at > ?",
      )
      .all(key, now - THROTTLE.windowMs) as { t: number }[]
  ).map((r) => r.t);
}

export function recordFailure(keys: string[], now = Date.now()): void {
  const db = getDb().$client;
  const insert = db.prepare("INSERT INTO login_failures (key, created_at) VALUES (?, ?)");
  db.transaction(() => {
    db.prepare("DELETE FROM login_failures WHERE created_at < ?").run(now - THROTTLE.windowMs);
    for (const key of keys) insert.run(key, now);
  }).immediate();
}

export function clearFailures(key: string): void {
  getDb().$client.prepare("DELETE FROM login_failures WHERE key = ?").run(key);
}

// ---- Staff accounts (CLI and first start) -------------------------------------------------

export function countStaff(): number {
  return (getDb().$client.prepare("SELECT COUNT(*) AS n FROM staff").get() as { n: number }).n;
}
