// Staff accounts from the command line and at first start (no "server-only": used by scripts).
import { count, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessions, staff, type StaffRole } from "@/db/schema";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { t } from "@/lib/i18n";

export const FIRST_ADMIN = "redaktion";
export const MIN_PASSWORD_LENGTH = 12;
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
  return (
    db
      .select({ id: staff.id })
      .from(staff)
      .where(sql`${staff.username} = ${username} COLLATE NOCASE`)
      .get()?.id ?? null
  );
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
