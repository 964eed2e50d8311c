import { env } from "@/lib/env";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { THROTTLE } from "@/lib/auth/throttle";
import { SCRYPT_LIMITS } from "@/lib/auth/scrypt-gate";
import { t } from "@/lib/i18n";
import type * as PasswordModule from "@/lib/auth/password";
import type * as ActionsModule from "./actions";

// The login throttle under concurrency: a burst of parallel attempts gets no more password
// checks than the same attempts one after another, and no more than two hashes run at once.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-login-"));
process.env.DATABASE_PATH = path.join(dir, "kiosk.db");

const state = vi.hoisted(() => ({ client: "192.0.2.1", checks: 0, active: 0, peak: 0 }));

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  // Read when the action asks, so each call below can come from its own client.
  headers: async () => new Headers({ "x-forwarded-for": state.client }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error(`redirect ${url}`), { url });
  },
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidateTag: vi.fn() }));
// The real verifier, counted, and slow enough that parallel calls overlap as real ones do.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof PasswordModule>();
  const cheap = { N: 1024, r: 8, p: 1 };
  const dummy = real.hashPassword("niemand", cheap);
  return {
    ...real,
    dummyPasswordHash: () => dummy,
    verifyPassword: async (password: string, stored: string) => {
      state.checks++;
      state.active++;
      state.peak = Math.max(state.peak, state.active);
      await new Promise((r) => setTimeout(r, 40));
      state.active--;
      return real.verifyPassword(password, stored);
    },
  };
});

let actions: typeof ActionsModule;
let clearFailureRows: () => void;
let failureRows: () => number;

function form(username: string, password: string): FormData {
  const data = new FormData();
  data.set("username", username);
  data.set("password", password);
  return data;
}

/** Starts one login from `client` (the headers are read before the first await returns). */
function attempt(username: string, password: string, client: string) {
  state.client = client;
  return actions
    .login({ error: null, username: "" }, form(username, password))
    .catch((e: { url?: string }) => ({ error: null, redirect: e.url }));
}

beforeAll(async () => {
  const { openDatabase } = await import("@/db/client");
  const { staff } = await import("@/db/schema");
  const { hashPassword } = await import("@/lib/auth/password");
  const db = openDatabase(env.databasePath);
  db.insert(staff)
    .values({
      username: "anna",
      displayName: "Anna",
      role: "moderator",
      passwordHash: await hashPassword("richtiges-passwort", { N: 1024, r: 8, p: 1 }),
      createdAt: Date.now(),
    })
    .run();
  clearFailureRows = () => db.$client.prepare("DELETE FROM login_failures").run();
  failureRows = () =>
    (db.$client.prepare("SELECT COUNT(*) AS n FROM login_failures").get() as { n: number }).n;
  actions = await import("./actions");
});

beforeEach(() => {
  clearFailureRows();
  Object.assign(state, { checks: 0, active: 0, peak: 0 });
});

describe("login throttle under concurrency", () => {
  it("7 parallel wrong logins for one account from one client: only the free attempts are checked", async () => {
    const results = await Promise.all(
      Array.from({ length: 7 }, () => attempt("anna", "falsch", "192.0.2.7")),
    );
    expect(state.checks).toBe(THROTTLE.freeAttempts);
    expect(results.filter((r) => r.error === t.admin.loginFailed)).toHaveLength(
      THROTTLE.freeAttempts,
    );
    expect(results.filter((r) => r.error?.startsWith("Zu viele Fehlversuche"))).toHaveLength(
      7 - THROTTLE.freeAttempts,
    );
  });

  it("the same burst spread over many clients is still bound by the account", async () => {
    await Promise.all(
      Array.from({ length: 7 }, (_, i) => attempt("anna", "falsch", `198.51.100.${i + 1}`)),
    );
    expect(state.checks).toBe(THROTTLE.freeAttempts);
  });

  it("one client trying many accounts at once is bound by the client", async () => {
    await Promise.all(
      Array.from({ length: 7 }, (_, i) => attempt(`konto${i}`, "falsch", "203.0.113.50")),
    );
    expect(state.checks).toBe(THROTTLE.freeAttempts);
  });

  it("addresses of one IPv6 /64 are one client", async () => {
    await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        attempt(`v6konto${i}`, "falsch", `2001:db8:aa:bb:${i + 1}::${i + 7}`),
      ),
    );
    expect(state.checks).toBe(THROTTLE.freeAttempts);
  });

  it("12 parallel logins from 12 clients: at most 2 hashes at once, the rest wait or are refused", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt(`leute${i}`, "falsch", `10.9.8.${i + 1}`)),
    );
    const admitted = SCRYPT_LIMITS.running + SCRYPT_LIMITS.waiting;
    expect(state.peak).toBe(SCRYPT_LIMITS.running);
    expect(state.checks).toBe(admitted);
    expect(results.filter((r) => r.error === t.admin.loginBusy)).toHaveLength(12 - admitted);
    // Refused attempts checked no password, so they count against nobody.
    expect(failureRows()).toBe(2 * admitted);
  });

  it("the right password signs in and leaves no failure behind", async () => {
    const result = await attempt("anna", "richtiges-passwort", "192.0.2.99");
    expect(result).toMatchObject({ redirect: "/admin/kommentare" });
    expect(state.checks).toBe(1);
    expect(failureRows()).toBe(0);
  });
});
