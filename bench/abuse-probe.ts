// Tries the login and the comment form as an attacker would, against a running production
// server, and prints what got through. Not part of `npm run bench`: it is the before/after
// measurement for the hardening issue (login burst, minimum fill time without JavaScript).
//
//   tsx bench/abuse-probe.ts --url http://127.0.0.1:3311 --pid <server pid> --db <its database>
//
// The server must not trust X-Forwarded-For (no TRUST_PROXY): the probe's "clients" are local
// addresses 127.0.x.y it binds to, as e2e/reliability.spec.ts does.
import fs from "node:fs";
import Database from "better-sqlite3";
import {
  decodeEntities,
  multipart,
  readForm,
  request,
  setCookie,
  type Reply,
} from "@/lib/testing/http";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const url = new URL(arg("url") ?? "http://127.0.0.1:3000");
const pid = arg("pid");
const dbPath = arg("db");
const origin = url.origin;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident memory of the server process in MB, sampled while `run` runs: [before, peak]. */
async function withRss<T>(run: () => Promise<T>): Promise<{ value: T; rss: [number, number] }> {
  const read = () => {
    if (!pid) return 0;
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  };
  const before = read();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, read())), 10);
  try {
    const value = await run();
    return { value, rss: [before, peak] };
  } finally {
    clearInterval(timer);
  }
}

function classify(reply: Reply): string {
  if (reply.status === 303 || setCookie(reply.headers, "kiosk_session")) return "signed in";
  if (reply.body.includes("Benutzername oder Passwort ist falsch")) return "checked (wrong)";
  if (reply.body.includes("Zu viele Fehlversuche")) return "throttled";
  if (reply.body.includes("zu viele Anmeldeversuche auf einmal")) return "busy";
  return `other ${reply.status}`;
}

async function loginBurst(
  label: string,
  n: number,
  who: (i: number) => { user: string; from: string },
) {
  const page = await request(origin, "/admin/login");
  const form = readForm(page.body, 'id="login-title"');
  const started = performance.now();
  const { value: replies, rss } = await withRss(() =>
    Promise.all(
      Array.from({ length: n }, (_, i) => {
        const { user, from } = who(i);
        const { body, contentType } = multipart({
          ...form.hidden,
          username: user,
          password: "falsch-geraten-123",
        });
        return request(origin, "/admin/login", {
          method: "POST",
          headers: { "Content-Type": contentType, Origin: origin },
          body,
          localAddress: from,
        });
      }),
    ),
  );
  const counts: Record<string, number> = {};
  for (const r of replies) counts[classify(r)] = (counts[classify(r)] ?? 0) + 1;
  console.log(
    `${label}: ${n} parallel wrong logins in ${Math.round(performance.now() - started)} ms → ` +
      `${JSON.stringify(counts)}; server RSS ${rss[0]} MB before, peak ${rss[1]} MB`,
  );
}

function storedStatus(email: string): string {
  if (!dbPath) return "?";
  const db = new Database(dbPath, { readonly: true });
  const row = db.prepare("SELECT status FROM comments WHERE author_email = ?").get(email) as
    { status: string } | undefined;
  db.close();
  return row?.status ?? "not stored";
}

async function commentProbe(
  label: string,
  opts: { waitMs: number; loadImage: boolean },
  from: string,
) {
  if (!dbPath) throw new Error("--db is needed to see what was stored");
  const db = new Database(dbPath, { readonly: true });
  const article = db
    .prepare(
      `SELECT '/' || s.slug || '/' || a.slug AS path FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE a.status = 'published' AND a.published_at <= ? AND a.comments_closed = 0 ORDER BY a.id LIMIT 1 OFFSET 5`,
    )
    .get(Date.now()) as { path: string };
  db.close();
  const page = await request(origin, article.path, { localAddress: from });
  const form = readForm(page.body, 'id="kommentar-formular"');
  let cookie: string | undefined;
  const image = /<img[^>]*class="comment-form__start"[^>]*src="([^"]+)"/.exec(page.body)?.[1];
  if (opts.loadImage && image) {
    const reply = await request(origin, decodeEntities(image), { localAddress: from });
    cookie = setCookie(reply.headers, "kiosk_kommentar_start");
  }
  await sleep(opts.waitMs);
  const email = `probe-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@probe.test`;
  const { body, contentType } = multipart({
    ...form.hidden,
    name: "Probe",
    email,
    body: `Probe ${email}`,
    website: "",
  });
  const reply = await request(origin, form.action, {
    method: "POST",
    headers: { "Content-Type": contentType, Origin: origin, ...(cookie ? { Cookie: cookie } : {}) },
    body,
    localAddress: from,
  });
  const answer = reply.body.includes('class="notice notice--success"')
    ? "told: thanks"
    : reply.body.includes("noch einmal")
      ? "told: send again"
      : `status ${reply.status}`;
  console.log(
    `${label}: page Cache-Control "${page.headers["cache-control"]}", page Set-Cookie ${page.headers["set-cookie"] ? "yes" : "no"}; ` +
      `${answer}; stored: ${storedStatus(email)}`,
  );
}

const scenario = arg("scenario") ?? "all";
if (scenario === "all" || scenario === "login") {
  await loginBurst("one account, one client", 12, () => ({ user: "redaktion", from: "127.0.9.1" }));
  await sleep(1000);
  await loginBurst("12 accounts, 12 clients", 12, (i) => ({
    user: `konto${i}`,
    from: `127.0.10.${i + 1}`,
  }));
}
if (scenario === "all" || scenario === "comment") {
  // Warm the page cache first, so the page a bot gets was rendered a while ago (as in production).
  await commentProbe("warm-up (not counted)", { waitMs: 0, loadImage: false }, "127.0.20.1");
  await sleep(4_000);
  await commentProbe("bot: page, post at once", { waitMs: 0, loadImage: false }, "127.0.20.2");
  await commentProbe(
    "bot: page + image, post at once",
    { waitMs: 0, loadImage: true },
    "127.0.20.3",
  );
  await commentProbe(
    "no-JS person: page + image, post after 3.2 s",
    { waitMs: 3_200, loadImage: true },
    "127.0.20.4",
  );
}
