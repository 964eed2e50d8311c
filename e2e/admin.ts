import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { testDbWriter, uniqueClientAddress } from "./db";
import type { StaffRole } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { childEnv } from "@/lib/env";
import { E2E_ADMIN_PASSWORD, E2E_DATABASE, E2E_SCRYPT } from "./env";

export const ADMIN = { username: "redaktion", password: E2E_ADMIN_PASSWORD };

/**
 * Adds a staff user (fine if it exists already). `cli` goes through the real `npm run staff`
 * command at the product's cost; otherwise the account is written with the e2e database's
 * lower scrypt cost (E2E_SCRYPT), for tests that sign in again and again.
 */
export async function ensureStaffUser(
  username: string,
  password: string,
  role: StaffRole,
  via: "cli" | "database" = "database",
): Promise<void> {
  const exists = testDbWriter().prepare("SELECT 1 FROM staff WHERE username = ?").get(username);
  if (exists) return;
  if (via === "database") {
    testDbWriter()
      .prepare(
        "INSERT OR IGNORE INTO staff (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
      )
      .run(username, username, role, await hashPassword(password, E2E_SCRYPT), Date.now());
    return;
  }
  execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/staff.ts", "add", username, "--role", role, "--password-stdin"],
    {
      input: `${password}\n`,
      env: childEnv({ DATABASE_PATH: E2E_DATABASE }),
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
}

export async function logIn(page: Page, user = ADMIN): Promise<void> {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientAddress() });
  await page.goto("/admin/login");
  await page.getByLabel("Benutzername").fill(user.username);
  await page.getByLabel("Passwort").fill(user.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  // A sign-in hashes the password (scrypt) before it redirects; give it room on a busy machine.
  await page.waitForURL(/\/admin\/kommentare/, { timeout: 15_000 });
}

/** A pending reader comment written straight into the database, with a marker to find it by. */
export function insertPendingComment(
  articleId: number,
  marker: string,
  status = "pending",
): number {
  const result = testDbWriter()
    .prepare(
      `INSERT INTO comments (article_id, author_name, author_email, body, status, created_at, ip_hash)
       VALUES (?, 'Leserin Test', ?, ?, ?, ?, ?)`,
    )
    .run(
      articleId,
      `${marker.replace(/\W/g, "")}@leser.test`,
      `Kommentar ${marker}`,
      status,
      Date.now(),
      "f".repeat(64),
    );
  return Number(result.lastInsertRowid);
}

export function commentStatus(id: number): string | undefined {
  return (
    testDbWriter().prepare("SELECT status FROM comments WHERE id = ?").get(id) as
      { status: string } | undefined
  )?.status;
}

export function marker(): string {
  return `M${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}
