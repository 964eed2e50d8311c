import "server-only";
import { and, eq, gt, inArray, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { loginFailures, type StaffRole } from "@/db/schema";
import { isSessionValid, SESSION_TOUCH_MS } from "@/lib/auth/session";
import { THROTTLE, throttleVerdict } from "@/lib/auth/throttle";

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

// ---- Login attempts -----------------------------------------------------------------------

export type LoginReservation =
  { allowed: true; ids: number[] } | { allowed: false; retryAfterMs: number };

/**
 * Reserves a login attempt before its password is checked: the throttle's count and the new
 * entry are read and written in one IMMEDIATE transaction, so concurrent attempts queue here and
 * each sees the ones before it. The entries count as failures until the caller releases them
 * (a correct password, or no check at all).
 */
export function reserveLoginAttempt(
  keys: { account: string; client: string },
  now = Date.now(),
): LoginReservation {
  return getDb().transaction(
    (tx) => {
      const since = now - THROTTLE.windowMs;
      tx.delete(loginFailures).where(lt(loginFailures.createdAt, since)).run();
      const times = (key: string) =>
        tx
          .select({ t: loginFailures.createdAt })
          .from(loginFailures)
          .where(and(eq(loginFailures.key, key), gt(loginFailures.createdAt, since)))
          .all()
          .map((r) => r.t);
      const verdict = throttleVerdict(times(keys.account), times(keys.client), now);
      if (!verdict.allowed) return verdict;
      const ids = tx
        .insert(loginFailures)
        .values([keys.account, keys.client].map((key) => ({ key, createdAt: now })))
        .returning({ id: loginFailures.id })
        .all()
        .map((r) => r.id);
      return { allowed: true, ids };
    },
    { behavior: "immediate" },
  );
}

/** Takes back a reservation: the password was right, or it was never checked. */
export function releaseLoginAttempt(ids: readonly number[]): void {
  if (ids.length === 0) return;
  getDb()
    .delete(loginFailures)
    .where(inArray(loginFailures.id, [...ids]))
    .run();
}

/** A successful login forgives the account's earlier failures (not the client's). */
export function clearFailures(key: string): void {
  getDb().delete(loginFailures).where(eq(loginFailures.key, key)).run();
}

// ---- Staff accounts (CLI and first start) -------------------------------------------------

export function countStaff(): number {
  return (getDb().$client.prepare("SELECT COUNT(*) AS n FROM staff").get() as { n: number }).n;
}
