import { env } from "@/lib/env";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type * as ActionsModule from "./actions";

// Every admin server action checks the session itself: called without one, or with a
// moderator's where an admin is needed, it changes nothing and sends the caller to the login.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-actions-"));
process.env.DATABASE_PATH = path.join(dir, "kiosk.db");

const cookieJar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined),
    set: (name: string, value: string) => cookieJar.set(name, value),
    delete: (name: string) => cookieJar.delete(name),
  }),
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }),
}));
class RedirectError extends Error {
  constructor(public url: string) {
    super(`redirect ${url}`);
  }
}
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new RedirectError(url);
  },
}));
vi.mock("next/cache", () => ({ updateTag: vi.fn(), revalidateTag: vi.fn() }));

let actions: typeof ActionsModule;
let db: Database.Database;
let commentId: number;

function form(entries: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const one of [v].flat()) data.append(k, one);
  return data;
}

async function expectLoginRedirect(run: () => Promise<unknown>) {
  await expect(run()).rejects.toMatchObject({ url: "/admin/login" });
}

function snapshot() {
  return JSON.stringify({
    comments: db.prepare("SELECT id, status, body, author_name FROM comments ORDER BY id").all(),
    settings: db.prepare("SELECT * FROM settings WHERE key = 'comments'").all(),
    audit: db.prepare("SELECT COUNT(*) AS n FROM audit_log").get(),
  });
}

beforeAll(async () => {
  const { openDatabase } = await import("@/db/client");
  const { seedDatabase } = await import("@/db/seed");
  const { addStaffUser } = await import("@/db/queries/staff");
  const handle = openDatabase(env.databasePath);
  seedDatabase(handle, { articles: 30, now: Date.now() });
  await addStaffUser(handle, {
    username: "mod",
    role: "moderator",
    password: "moderator-passwort",
  });
  await addStaffUser(handle, { username: "chefin", role: "admin", password: "admin-passwort-1" });
  db = handle.$client;
  commentId = (
    db.prepare("SELECT id FROM comments WHERE status = 'pending' LIMIT 1").get() as { id: number }
  ).id;
  actions = await import("./actions");
});

beforeEach(() => cookieJar.clear());

describe("admin actions without a session", () => {
  const calls: [string, () => Promise<unknown>][] = [
    ["moderate", () => actions.moderate(form({ op: `approve:${commentId}` }))],
    [
      "bulk moderate",
      () => actions.moderate(form({ op: "bulk", bulkAction: "trash", ids: [String(commentId)] })),
    ],
    ["empty queue", () => actions.emptyQueueAction(form({ status: "spam", confirmDelete: "ja" }))],
    [
      "edit",
      () =>
        actions.editCommentAction(form({ id: String(commentId), name: "Neu", body: "Neuer Text" })),
    ],
    ["reply", () => actions.replyAction(form({ parentId: String(commentId), body: "Antwort" }))],
    [
      "settings",
      () =>
        actions.saveSettingsAction(form({ blocklist: "x", autoApprove: "ja", closeAfterDays: "" })),
    ],
    ["erase", () => actions.eraseAction(form({ email: "a@example.org", confirmDelete: "ja" }))],
  ];
  for (const [name, call] of calls) {
    it(`${name}: refuses and changes nothing`, async () => {
      const before = snapshot();
      await expectLoginRedirect(call);
      expect(snapshot()).toBe(before);
    });
  }
  it("a forged session cookie is no session", async () => {
    cookieJar.set("kiosk_session", "A".repeat(43));
    const before = snapshot();
    await expectLoginRedirect(() => actions.moderate(form({ op: `approve:${commentId}` })));
    expect(snapshot()).toBe(before);
  });
});

/** Signs in; each role lands on its first page (moderators on the queue, admins on the articles). */
async function logInAs(username: string, password: string, home = "/admin/kommentare") {
  await expect(
    actions.login({ error: null, username: "" }, form({ username, password })),
  ).rejects.toMatchObject({ url: home });
  expect(cookieJar.get("kiosk_session")).toMatch(/^[A-Za-z0-9_-]{43}$/);
}

describe("admin actions with a moderator's session", () => {
  it("may moderate", async () => {
    await logInAs("mod", "moderator-passwort");
    await expect(
      actions.moderate(form({ op: `approve:${commentId}`, returnTo: "/admin/kommentare" })),
    ).rejects.toMatchObject({
      url: expect.stringContaining("/admin/kommentare?ok="),
    });
    expect(db.prepare("SELECT status FROM comments WHERE id = ?").get(commentId)).toEqual({
      status: "approved",
    });
  });
  it("may not change settings or erase", async () => {
    await logInAs("mod", "moderator-passwort");
    const before = snapshot();
    await expectLoginRedirect(() =>
      actions.saveSettingsAction(form({ blocklist: "x", closeAfterDays: "" })),
    );
    await expectLoginRedirect(() =>
      actions.eraseAction(form({ email: "a@example.org", confirmDelete: "ja" })),
    );
    expect(snapshot()).toBe(before);
  });
  it("logout ends the session in the database", async () => {
    await logInAs("mod", "moderator-passwort");
    const sessions = () =>
      (db.prepare("SELECT COUNT(*) AS n FROM sessions").get() as { n: number }).n;
    const count = sessions();
    await expectLoginRedirect(() => actions.logout());
    expect(sessions()).toBe(count - 1);
    expect(cookieJar.has("kiosk_session")).toBe(false);
  });
});

describe("what the actions answer", () => {
  async function answer(run: () => Promise<unknown>): Promise<string> {
    const error = (await run().then(
      () => null,
      (e: unknown) => e,
    )) as { url?: string } | null;
    return error?.url ?? "no redirect";
  }
  const status = (id: number) =>
    (db.prepare("SELECT status FROM comments WHERE id = ?").get(id) as { status: string }).status;
  const queue = "/admin/kommentare?status=spam";

  it("refused queue forms come back with their own notice and change nothing", async () => {
    await logInAs("mod", "moderator-passwort");
    const before = snapshot();
    const cases: [Record<string, string | string[]>, string][] = [
      [{ op: "zap:1" }, "ungueltig"],
      [{ op: "bulk", bulkAction: "approve" }, "keine-auswahl"],
      [{ op: "bulk", bulkAction: "approve", ids: [String(commentId), "07"] }, "ungueltig"],
      [{ op: `delete:${commentId}` }, "nicht-bestaetigt"],
      [{ op: "bulk", bulkAction: "delete", ids: String(commentId) }, "nicht-bestaetigt"],
    ];
    for (const [fields, code] of cases) {
      expect(await answer(() => actions.moderate(form({ ...fields, returnTo: queue })))).toBe(
        `${queue}&fehler=${code}`,
      );
    }
    expect(
      await answer(() => actions.emptyQueueAction(form({ status: "spam", returnTo: queue }))),
    ).toBe(`${queue}&fehler=nicht-bestaetigt`);
    expect(
      await answer(() =>
        actions.emptyQueueAction(form({ status: "pending", confirmDelete: "ja" })),
      ),
    ).toBe("/admin/kommentare?fehler=ungueltig");
    expect(snapshot()).toBe(before);
  });

  it("the bulk bar with “all on this page” takes every row of the page", async () => {
    await logInAs("mod", "moderator-passwort");
    const ids = (
      db.prepare("SELECT id FROM comments WHERE status = 'pending' LIMIT 2").all() as {
        id: number;
      }[]
    ).map((r) => String(r.id));
    expect(
      await answer(() =>
        actions.moderate(
          form({ op: "bulk", bulkAction: "spam", allOnPage: "ja", pageIds: ids, returnTo: queue }),
        ),
      ),
    ).toBe(`${queue}&ok=spam&n=2`);
    expect(ids.map((id) => status(Number(id)))).toEqual(["spam", "spam"]);
  });

  it("editing: a refused form goes back to the comment, a saved one says so", async () => {
    await logInAs("mod", "moderator-passwort");
    const id = String(commentId);
    const before = snapshot();
    expect(
      await answer(() => actions.editCommentAction(form({ id, name: "x", body: "Neuer Text" }))),
    ).toBe(`/admin/kommentare/${id}?fehler=ungueltig`);
    expect(
      await answer(() => actions.editCommentAction(form({ id: "0", name: "Neu", body: "Text" }))),
    ).toBe("/admin/kommentare?fehler=ungueltig");
    expect(snapshot()).toBe(before);
    expect(
      await answer(() =>
        actions.editCommentAction(form({ id, name: " Neue  Autorin ", body: " Neuer Text " })),
      ),
    ).toBe(`/admin/kommentare/${id}?ok=gespeichert`);
    expect(
      db.prepare("SELECT author_name, body FROM comments WHERE id = ?").get(commentId),
    ).toEqual({ author_name: "Neue Autorin", body: "Neuer Text" });
  });

  it("settings: a bad day count has its own notice; an admin's settings are saved", async () => {
    await logInAs("chefin", "admin-passwort-1", "/admin/artikel");
    const before = snapshot();
    expect(
      await answer(() =>
        actions.saveSettingsAction(form({ blocklist: "x".repeat(20_001), closeAfterDays: "0" })),
      ),
    ).toBe("/admin/einstellungen?fehler=tage-ungueltig");
    expect(
      await answer(() => actions.eraseAction(form({ email: "kein-at", confirmDelete: "ja" }))),
    ).toBe("/admin/einstellungen?fehler=ungueltig");
    expect(await answer(() => actions.eraseAction(form({ email: "a@example.org" })))).toBe(
      "/admin/einstellungen?fehler=nicht-bestaetigt",
    );
    expect(snapshot()).toBe(before);
    expect(
      await answer(() =>
        actions.saveSettingsAction(
          form({ blocklist: "Wort\nWort", autoApprove: "ja", closeAfterDays: "30" }),
        ),
      ),
    ).toBe("/admin/einstellungen?ok=gespeichert");
    expect(
      JSON.parse(
        (db.prepare("SELECT value FROM settings WHERE key = 'comments'").get() as { value: string })
          .value,
      ),
    ).toMatchObject({ blocklist: ["Wort"], autoApprove: true, closeAfterDays: 30 });
  });
});
