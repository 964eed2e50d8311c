// Staff accounts from the command line and at first start (no "server-only": used by scripts).
import type { Db } from "@/db/client";
import type { StaffRole } from "@/db/schema";
import { generatePassword, hashPassword } from "@/lib/auth/password";

export const FIRST_ADMIN = "redaktion";
export const MIN_PASSWORD_LENGTH = 12;

export function validateUsername(name: string): string | null {
  return /^[a-z0-9][a-z0-9._-]{1,39}$/i.test(name)
    ? null
    : "Der Benutzername muss 2–40 Zeichen lang sein (Buchstaben, Ziffern, Punkt, Bindestrich, Unterstrich).";
}

export function validatePassword(password: string): string | null {
  return password.length >= MIN_PASSWORD_LENGTH && password.length <= 1024
    ? null
    : `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein.`;
}

export async function addStaffUser(
  db: Db,
  input: { username: string; displayName?: string; role: StaffRole; password: string },
): Promise<number> {
  const hash = await hashPassword(input.password);
  const result = db.$client
    .prepare(
      "INSERT INTO staff (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
    )
    .run(input.username, input.displayName ?? input.username, input.role, hash, Date.now());
  return Number(result.lastInsertRowid);
}

/** Sets a new password and ends every session of the user. */
export async function resetStaffPassword(
  db: Db,
  username: string,
  password: string,
): Promise<boolean> {
  const hash = await hashPassword(password);
  const c = db.$client;
  const row = c.prepare("SELECT id FROM staff WHERE username = ? COLLATE NOCASE").get(username) as
    { id: number } | undefined;
  if (!row) return false;
  c.transaction(() => {
    c.prepare("UPDATE staff SET password_hash = ? WHERE id = ?").run(hash, row.id);
    c.prepare("DELETE FROM sessions WHERE staff_id = ?").run(row.id);
  }).immediate();
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
  const { n } = db.$client.prepare("SELECT COUNT(*) AS n FROM staff").get() as { n: number };
  if (n > 0) return { created: false };
  const password = adminPassword ?? generatePassword();
  const id = await addStaffUser(db, {
    username: FIRST_ADMIN,
    displayName: "Redaktion",
    role: "admin",
    password,
  });
  return { created: true, id, generatedPassword: adminPassword ? null : password };
}
