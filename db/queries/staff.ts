// Staff: accounts, sign-in, sessions and the login throttle's attempts. No "server-only": the
// staff command and `npm start` create accounts with the same functions (on the database they
// open), the site with the process's connection.
import { and, count, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { loginFailures, sessions, staff, type StaffRole } from "@/db/schema";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { isSessionValid, SESSION_TOUCH_MS } from "@/lib/auth/session";
import { THROTTLE, throttleVerdict } from "@/lib/auth/throttle";
import { t } from "@/lib/i18n";

export interface StaffMember {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
}

const memberColumns = {
  id: staff.id,
  username: staff.username,
  displayName: staff.displayName,
  role: staff.role,
};

/** User names are compared without case: "Anna" and "anna" are one account. */
const usernameIs = (username: string) => sql`${staff.username} = ${username} COLLATE NOCASE`;

export function findStaffForLogin(
  username: string,
): (StaffMember & { passwordHash: string }) | null {
  return (
    getDb()
      .select({ ...memberColumns, passwordHash: staff.passwordHash })
      .from(staff)
      .where(usernameIs(username))
      .get() ?? null
  );
}

// ---- Sessions ---------------------------------------------------------------------------

export function createSession(tokenHash: string, staffId: number, now = Date.now()): void {
  getDb().transaction(
    (tx) => {
      // Expired sessions are cleaned up whenever someone logs in.
      tx.delete(sessions)
        .where(lt(sessions.lastSeenAt, now - THROTTLE.windowMs * 96))
        .run();
      tx.insert(sessions).values({ tokenHash, staffId, createdAt: now, lastSeenAt: now }).run();
    },
    { behavior: "immediate" },
  );
}

interface ActiveSession {
  staff: StaffMember;
  createdAt: number;
  lastSeenAt: number;
}

/** The staff member behind a session token hash, if the session is still valid. */
export function findSession(tokenHash: string, now = Date.now()): ActiveSession | null {
  const db = getDb();
  const row = db
    .select({ ...memberColumns, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(eq(sessions.tokenHash, tokenHash))
    .get();
  if (!row) return null;
  if (!isSessionValid(row, now)) {
    deleteSession(tokenHash);
    return null;
  }
  if (now - row.lastSeenAt > SESSION_TOUCH_MS) {
    db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash)).run();
  }
  const { createdAt, lastSeenAt, ...member } = row;
  return { staff: member, createdAt, lastSeenAt };
}

export function deleteSession(tokenHash: string): void {
  getDb().delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

// ---- Login attempts -----------------------------------------------------------------------

type LoginReservation = { allowed: true; ids: number[] } | { allowed: false; retryAfterMs: number };

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

// ---- Accounts (the staff command and the first start) ------------------------------------

export const FIRST_ADMIN = "redaktion";
const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 1024;
const USERNAME_LENGTH = { min: 2, max: 40 } as const;

export function validateUsername(name: string): string | null {
  return /^[a-z0-9][a-z0-9._-]{1,39}$/i.test(name)
    ? null
    : t.staffCli.usernameRule(USERNAME_LENGTH.min, USERNAME_LENGTH.max);
}

export function validatePassword(password: string): string | null {
  return password.length >= MIN_PASSWORD_LENGTH && password.length <= MAX_PASSWORD_LENGTH
    ? null
    : t.staffCli.passwordRule(MIN_PASSWORD_LENGTH);
}

/** The id of the account with this user name (compared without case), or null. */
export function findStaffId(db: Db, username: string): number | null {
  return db.select({ id: staff.id }).from(staff).where(usernameIs(username)).get()?.id ?? null;
}

export async function addStaffUser(
  db: Db,
  input: { username: string; displayName?: string; role: StaffRole; password: string },
): Promise<number> {
  const passwordHash = await hashPassword(input.password);
  return db
    .insert(staff)
    .values({
      username: input.username,
      displayName: input.displayName ?? input.username,
      role: input.role,
      passwordHash,
      createdAt: Date.now(),
    })
    .returning({ id: staff.id })
    .get().id;
}

/** Sets a new password and ends every session of the user. */
export async function resetStaffPassword(
  db: Db,
  username: string,
  password: string,
): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const id = findStaffId(db, username);
  if (id === null) return false;
  db.transaction(
    (tx) => {
      tx.update(staff).set({ passwordHash }).where(eq(staff.id, id)).run();
      tx.delete(sessions).where(eq(sessions.staffId, id)).run();
    },
    { behavior: "immediate" },
  );
  return true;
}

/**
 * On a database without staff: creates the admin "redaktion" with ADMIN_PASSWORD, or with a
 * generated password that is returned so the caller can print it once.
 */
export async function ensureFirstAdmin(
  db: Db,
  adminPassword: string | undefined,
): Promise<{ created: false } | { created: true; id: number; generatedPassword: string | null }> {
  const existing = db.select({ n: count() }).from(staff).get()?.n ?? 0;
  if (existing > 0) return { created: false };
  const password = adminPassword ?? generatePassword();
  const id = await addStaffUser(db, {
    username: FIRST_ADMIN,
    displayName: "Redaktion",
    role: "admin",
    password,
  });
  return { created: true, id, generatedPassword: adminPassword ? null : password };
}
