import { spawnSync } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { multipart, readForm, request, runConcurrently, setCookie } from "@/lib/testing/http";
import { COMMENT_FORM, waitOutMinFillTime } from "./comment-form";
import {
  ownServerPort,
  startServer,
  stopServer,
  tempDatabase,
  type TestServer,
} from "./server-process";
import { childEnv } from "@/lib/env";
import { E2E_ADMIN_PASSWORD } from "./env";

// Load, crash, backup and shutdown against production servers of their own (the e2e build,
// temporary databases). The client address comes from the socket here (no TRUST_PROXY): each
// simulated reader binds to its own 127.x.y.z address, so rate limits apply per reader.

// Each test starts (and kills or stops) production servers of its own and puts them under load:
// 10–27 s here, so a generous timeout for a loaded machine; serial, so they do not compete.
test.describe.configure({ mode: "serial", timeout: 240_000 });

interface Target {
  id: number;
  path: string;
  fields: Record<string, string>;
  token: string;
}

async function commentTarget(server: TestServer): Promise<Target> {
  const db = new Database(server.database, { readonly: true });
  const article = db
    .prepare(
      `SELECT a.id, '/' || s.slug || '/' || a.slug AS path FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE a.status = 'published' AND a.published_at <= ? AND a.comments_closed = 0 ORDER BY a.id LIMIT 1`,
    )
    .get(Date.now()) as { id: number; path: string };
  db.close();
  const page = await request(server.origin, article.path);
  expect(page.status).toBe(200);
  const form = readForm(page.body, COMMENT_FORM);
  const token = JSON.parse(
    (await request(server.origin, `/api/kommentar-token?artikel=${article.id}`)).body,
  ).token as string;
  // A person needs a moment to write (the minimum fill time); so do the tests.
  await waitOutMinFillTime();
  return { id: article.id, path: form.action, fields: form.hidden, token };
}

function clientAddress(i: number): string {
  return `127.${10 + Math.floor(i / 62500)}.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`;
}

/** One reader's comment, posted like a browser without JavaScript. True when acknowledged. */
async function submit(
  server: TestServer,
  target: Target,
  i: number,
  run: string,
): Promise<{ ok: boolean; status: number; email: string }> {
  const email = `leser-${run}-${i}@last.test`;
  const { body, contentType } = multipart({
    ...target.fields,
    articleId: String(target.id),
    token: target.token,
    name: `Leser ${i}`,
    email,
    body: `Kommentar Nummer ${i} aus dem Lasttest ${run}.`,
    website: "",
  });
  try {
    const reply = await request(server.origin, target.path, {
      method: "POST",
      headers: { "Content-Type": contentType, Origin: server.origin },
      body,
      localAddress: clientAddress(i),
    });
    return {
      // The confirmation box itself (its words also travel in the form labels of every page).
      ok: reply.status === 200 && reply.body.includes('class="notice notice--success"'),
      status: reply.status,
      email,
    };
  } catch {
    return { ok: false, status: 0, email };
  }
}

function countByEmail(database: string, emails: string[]): Map<string, number> {
  const db = new Database(database, { readonly: true });
  const rows = db
    .prepare(
      `SELECT author_email AS e, COUNT(*) AS n FROM comments WHERE author_email LIKE '%@last.test' GROUP BY author_email`,
    )
    .all() as { e: string; n: number }[];
  db.close();
  const wanted = new Set(emails);
  return new Map(rows.filter((r) => wanted.has(r.e)).map((r) => [r.e, r.n]));
}

test("300 comments over 30 connections: every acknowledged one stored exactly once, no 5xx", async () => {
  const server = await startServer(ownServerPort(1), tempDatabase("load"));
  try {
    const target = await commentTarget(server);
    const results = await runConcurrently(300, 30, (i) => submit(server, target, i, "a"));
    const fiveXX = results.filter((r) => r.status >= 500 || r.status === 0);
    expect(fiveXX).toEqual([]);
    const acknowledged = results.filter((r) => r.ok);
    expect(acknowledged.length).toBe(300);
    const stored = countByEmail(
      server.database,
      results.map((r) => r.email),
    );
    for (const r of acknowledged) expect(stored.get(r.email), r.email).toBe(1);
    expect(server.output()).not.toMatch(/SQLITE_BUSY|database is locked/i);
    test.info().annotations.push({
      type: "load",
      description: `sent 300, acknowledged ${acknowledged.length}, stored ${stored.size}, 5xx 0`,
    });
  } finally {
    await stopServer(server);
  }
});

test("kill -9 in the middle of the load: every acknowledged comment survives, the site serves at once", async () => {
  const database = tempDatabase("crash");
  let server = await startServer(ownServerPort(2), database);
  const target = await commentTarget(server);
  const acknowledged: string[] = [];
  let killed = false;
  await runConcurrently(400, 10, async (i) => {
    if (killed) return;
    const r = await submit(server, target, i, "crash");
    if (r.ok) acknowledged.push(r.email);
    if (!killed && acknowledged.length >= 60) {
      killed = true;
      server.process.kill("SIGKILL");
    }
  });
  expect(killed).toBe(true);
  await new Promise((r) =>
    server.process.exitCode !== null || server.process.signalCode !== null
      ? r(null)
      : server.process.once("exit", r),
  );

  server = await startServer(ownServerPort(2), database);
  try {
    const stored = countByEmail(database, acknowledged);
    for (const email of acknowledged) expect(stored.get(email), email).toBe(1);
    const db = new Database(database, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
    expect((await request(server.origin, "/")).status).toBe(200);
    expect((await request(server.origin, target.path)).status).toBe(200);
    test.info().annotations.push({
      type: "crash",
      description: `acknowledged before kill -9: ${acknowledged.length}; all stored after restart`,
    });
  } finally {
    await stopServer(server);
  }
});

test("a backup taken while comments are written holds every comment acknowledged before it", async () => {
  const server = await startServer(ownServerPort(3), tempDatabase("backup"));
  try {
    const target = await commentTarget(server);
    const acknowledged: string[] = [];
    let beforeBackup: string[] = [];
    const backupFile = `${server.database}.backup`;
    let backupStatus: number | null = null;
    const load = runConcurrently(160, 8, async (i) => {
      const r = await submit(server, target, i, "backup");
      if (r.ok) acknowledged.push(r.email);
    });
    // Back up once writing is well under way.
    while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 50));
    beforeBackup = [...acknowledged];
    const backup = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/backup.ts", backupFile],
      {
        env: childEnv({ DATABASE_PATH: server.database }),
        encoding: "utf8",
      },
    );
    backupStatus = backup.status;
    await load;
    expect(backupStatus, backup.stderr).toBe(0);
    expect(beforeBackup.length).toBeGreaterThan(0);
    const copy = new Database(backupFile, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const inCopy = new Set(
      (
        copy
          .prepare("SELECT author_email AS e FROM comments WHERE author_email LIKE '%@last.test'")
          .all() as { e: string }[]
      ).map((r) => r.e),
    );
    copy.close();
    for (const email of beforeBackup) expect(inCopy.has(email), email).toBe(true);
  } finally {
    await stopServer(server);
  }
});

test("SIGTERM finishes the requests in flight and closes the database cleanly", async () => {
  const server = await startServer(ownServerPort(4), tempDatabase("stop"));
  const db = new Database(server.database, { readonly: true });
  const paths = (
    db
      .prepare(
        `SELECT '/' || s.slug || '/' || a.slug AS p FROM articles a JOIN sections s ON s.id = a.section_id
         WHERE a.status = 'published' AND a.published_at <= ? LIMIT 12`,
      )
      .all(Date.now()) as { p: string }[]
  ).map((r) => r.p);
  db.close();
  // Pages never requested before: each is rendered now, so they are in flight when the signal comes.
  const inFlight = paths.map((p) => request(server.origin, p));
  await new Promise((r) => setTimeout(r, 30));
  const exited = stopServer(server, "SIGTERM");
  const replies = await Promise.all(inFlight);
  expect(replies.map((r) => r.status)).toEqual(paths.map(() => 200));
  expect(await exited).toBe(0);
  expect(server.output()).toContain("Datenbank geschlossen");
  // A clean close checkpoints the WAL and removes it.
  expect(fs.existsSync(`${server.database}-wal`)).toBe(false);
});

test("/api/health answers 200 while the database answers and 503 when it is gone", async () => {
  const server = await startServer(ownServerPort(5), tempDatabase("health"));
  try {
    const ok = await request(server.origin, "/api/health");
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ status: "ok" });
    for (const suffix of ["", "-wal", "-shm"])
      fs.rmSync(`${server.database}${suffix}`, { force: true });
    const gone = await request(server.origin, "/api/health");
    expect(gone.status).toBe(503);
    expect(JSON.parse(gone.body)).toMatchObject({ status: "error" });
  } finally {
    await stopServer(server);
  }
});

test("30 concurrent moderation actions on the same comments: final states and audit log agree", async () => {
  const server = await startServer(ownServerPort(6), tempDatabase("moderation"));
  try {
    const loginPage = await request(server.origin, "/admin/login");
    const login = multipart({
      ...readForm(loginPage.body, 'id="login-title"').hidden,
      username: "redaktion",
      password: E2E_ADMIN_PASSWORD,
    });
    const loggedIn = await request(server.origin, "/admin/login", {
      method: "POST",
      headers: { "Content-Type": login.contentType, Origin: server.origin },
      body: login.body,
    });
    const cookie = setCookie(loggedIn.headers, "kiosk_session");
    expect(cookie, loggedIn.body.slice(0, 300)).toBeTruthy();
    const queue = await request(server.origin, "/admin/kommentare", {
      headers: { Cookie: cookie! },
    });
    const fields = readForm(queue.body, 'class="queue-form"').hidden;
    const db = new Database(server.database, { readonly: true });
    const ids = (
      db.prepare("SELECT id FROM comments WHERE status = 'pending' ORDER BY id LIMIT 6").all() as {
        id: number;
      }[]
    ).map((r) => r.id);
    db.close();
    const actions = ["approve", "spam", "trash", "restore", "unapprove", "approve"];
    const replies = await runConcurrently(30, 30, async (i) => {
      const op = `${actions[i % actions.length]}:${ids[i % ids.length]}`;
      const { body, contentType } = multipart({ ...fields, op, returnTo: "/admin/kommentare" });
      return request(server.origin, "/admin/kommentare", {
        method: "POST",
        headers: { "Content-Type": contentType, Cookie: cookie!, Origin: server.origin },
        body,
      });
    });
    expect(replies.filter((r) => r.status >= 500)).toEqual([]);
    const check = new Database(server.database, { readonly: true });
    for (const id of ids) {
      const { status } = check.prepare("SELECT status FROM comments WHERE id = ?").get(id) as {
        status: string;
      };
      const entries = check
        .prepare(
          "SELECT from_status AS f, to_status AS t FROM audit_log WHERE comment_id = ? ORDER BY id",
        )
        .all(id) as { f: string; t: string }[];
      // The audit log is a chain: each entry starts where the previous one ended, and the last
      // one ends where the comment is now.
      let state = "pending";
      for (const e of entries) {
        expect(e.f).toBe(state);
        state = e.t;
      }
      expect(status).toBe(state);
    }
    const counts = check
      .prepare(
        `SELECT a.comment_count AS stored, (SELECT COUNT(*) FROM comments c WHERE c.article_id = a.id AND c.status = 'approved') AS actual
         FROM articles a`,
      )
      .all() as { stored: number; actual: number }[];
    for (const c of counts) expect(c.stored).toBe(c.actual);
    check.close();
  } finally {
    await stopServer(server);
  }
});
