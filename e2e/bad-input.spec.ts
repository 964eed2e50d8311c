import type { APIRequestContext, Page } from "@playwright/test";
import { insertPendingComment, marker } from "./admin";
import { articlesWhere, PUBLIC, testDb, uniqueClientAddress } from "./db";
import { commentForm, commentsBy, waitOutMinFillTime } from "./comment-form";
import { E2E_BASE_URL } from "./env";
import { expect, test } from "./fixtures";
import { multipart } from "@/lib/testing/http";

// Every input a stranger can reach, with every kind of bad value: the answer is a German message
// or the right status (400/404/413/429), never a 5xx, and nothing half-done is stored.

const NASTY = {
  empty: "",
  whitespace: "   \t\n  ",
  tooLong: "x".repeat(5001),
  nul: "a\u0000b",
  control: "a\u0007\u001b[31mb",
  sql: "'; DROP TABLE comments; --",
  script: '<script>alert("x")</script>',
  imgOnError: '<img src=x onerror="alert(1)">',
  jsLink: "javascript:alert(1)",
  svg: '<svg onload="alert(1)"><circle r="1"/></svg>',
  traversal: "../../../../etc/passwd",
  nfd: "Mu\u0308ller Gru\u0308\u00DFe",
  emoji: "👩🏽‍💻🇦🇹❤️‍🔥",
  rtlOverride: "abc\u202Egnp.exe",
  brokenSurrogate: "a\uD800b",
} as const;

test("comment fields: every bad value gets a German message or is stored as harmless text", async ({
  request,
  article,
}) => {
  // About 60 form posts after the minimum fill time of one token: a long table by design (7 s on
  // a quiet machine), so it gets room for a loaded one.
  test.setTimeout(120_000);
  const form = await commentForm(request, article);
  await waitOutMinFillTime();
  const rows: string[] = [];
  let i = 0;
  for (const field of ["name", "email", "body", "parentId"] as const) {
    for (const [kind, value] of Object.entries(NASTY)) {
      i++;
      const email = `bad-${marker().toLowerCase()}@leser.test`;
      const values: Record<string, string> = {
        name: "Erika Muster",
        email,
        body: `Ein ganz normaler Kommentar ${i}.`,
        parentId: "",
        [field]: value,
      };
      const { body, contentType } = multipart({
        ...form.fields,
        articleId: String(form.article.id),
        token: form.token,
        website: "",
        ...values,
      });
      const response = await request.post(form.path, {
        headers: {
          "Content-Type": contentType,
          Origin: E2E_BASE_URL,
          "X-Forwarded-For": uniqueClientAddress(),
        },
        data: body,
      });
      const html = await response.text();
      expect(response.status(), `${field}/${kind}`).toBeLessThan(500);
      // The confirmation box, not just its words (they also travel in the page's form labels).
      const acknowledged = html.includes('class="notice notice--success"');
      const stored = field === "email" ? 0 : commentsBy(email);
      if (acknowledged) {
        // Accepted values are stored once, as text, cleaned of control characters.
        expect(stored, `${field}/${kind}`).toBe(1);
        const row = testDb()
          .prepare("SELECT author_name AS name, body FROM comments WHERE author_email = ?")
          .get(email) as { name: string; body: string };
        expect(`${row.name}${row.body}`).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u202E]/);
        expect(html).not.toContain("<script>alert");
        expect(html).not.toContain("<img src=x onerror");
      } else {
        expect(html, `${field}/${kind}`).toMatch(
          /Bitte|höchstens|ungültig|nicht \(mehr\) verfügbar/,
        );
        expect(stored, `${field}/${kind}`).toBe(0);
      }
      rows.push(`${field}/${kind}: ${acknowledged ? "stored as text" : "German message"}`);
    }
  }
  test.info().annotations.push({
    type: "bad comment inputs",
    description: `${rows.length} tried: ${rows.join("; ")}`,
  });
});

test("oversized bodies are refused with 413 before they reach the application", async ({
  request,
  article,
}) => {
  const form = await commentForm(request, article);
  for (const size of [1024 * 1024, 10 * 1024 * 1024]) {
    const email = `gross-${size}-${marker().toLowerCase()}@leser.test`;
    const { body, contentType } = multipart({
      ...form.fields,
      articleId: String(form.article.id),
      token: form.token,
      name: "Groß",
      email,
      body: "x".repeat(size),
    });
    const response = await request.post(form.path, {
      headers: { "Content-Type": contentType, Origin: E2E_BASE_URL },
      data: body,
    });
    expect(response.status()).toBe(413);
    expect(commentsBy(email)).toBe(0);
  }
  const login = await request.post("/admin/login", {
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: E2E_BASE_URL },
    data: `username=redaktion&password=${"p".repeat(1024 * 1024)}`,
  });
  expect(login.status()).toBe(413);
});

test("a cross-origin form post is refused and stores nothing", async ({ request, article }) => {
  const form = await commentForm(request, article);
  await waitOutMinFillTime();
  const email = `fremd-${marker().toLowerCase()}@leser.test`;
  const { body, contentType } = multipart({
    ...form.fields,
    articleId: String(form.article.id),
    token: form.token,
    name: "Fremd",
    email,
    body: "Von woanders.",
  });
  for (const origin of ["https://evil.example", "null"]) {
    const response = await request.post(form.path, {
      headers: {
        "Content-Type": contentType,
        Origin: origin,
        "X-Forwarded-For": uniqueClientAddress(),
      },
      data: body,
    });
    expect(response.status(), origin).toBe(403);
  }
  expect(commentsBy(email)).toBe(0);
});

/** Hostile and malformed URLs with the statuses each may answer (never a 5xx). */
function badUrlCases(): [string, number[]][] {
  const [article] = articlesWhere(`${PUBLIC} ORDER BY a.published_at DESC LIMIT 1`);
  const base = `/${article!.sectionSlug}/${article!.slug}`;
  const cases: [string, number[]][] = [];
  const encode = (v: string) => {
    try {
      return encodeURIComponent(v);
    } catch {
      return "%ED%A0%80"; // a lone surrogate, as the bytes a client might still send
    }
  };
  for (const value of Object.values(NASTY)) {
    const q = encode(value);
    cases.push([`/suche?q=${q}`, [200]]);
    cases.push([`/suche?q=wien&seite=${q}`, [200]]);
    // In the path, bytes that are not UTF-8 are a bad request (400); anything else is not found.
    cases.push([`/politik/seite/${q || "%20"}`, [400, 404]]);
    cases.push([`/politik/${q || "%20"}`, [400, 404]]);
    cases.push([`/autor/${q || "%20"}`, [400, 404]]);
    cases.push([`/thema/${q || "%20"}`, [400, 404]]);
    cases.push([`${base}?kommentare=${q}`, [200, 404]]);
    cases.push([`${base}?antworten=${q}`, [200, 404]]);
    cases.push([`/?${q}=${q}`, [200]]);
  }
  cases.push(["/politik/seite/%31", [308]]); // "%31" is "1": page 1 lives at the listing itself
  for (const n of [
    "-1",
    "0",
    "1.5",
    "1e3",
    "99999",
    "999999999999999999999",
    "0x10",
    "%32%30%30%30%30%30",
  ]) {
    cases.push([`/politik/seite/${n}`, [404]]);
    cases.push([`/thema/wien/seite/${n}`, [404]]);
    cases.push([`${base}?kommentare=${n}`, [200, 404]]);
    cases.push([`/suche?q=wien&seite=${n}`, [200]]);
  }
  cases.push(["/politik/..%2F..%2F..%2Fetc%2Fpasswd", [404]]);
  cases.push(["/..%2F..%2Fetc%2Fpasswd", [404]]);
  cases.push([`/politik/${"a".repeat(5000)}`, [404]]);
  cases.push([`/suche?q=${"ä".repeat(1000)}`, [200]]);
  cases.push([`/suche?q=${"ä".repeat(5000)}`, [200, 414, 431]]); // beyond Node's header limit
  cases.push(["/suche?q=%FF%FE", [200]]);
  cases.push(["/politik/%FF", [400]]);
  cases.push(["/%E0%A4%A", [400]]);
  return cases;
}

async function expectNo5xx(request: APIRequestContext, cases: [string, number[]][]) {
  let fiveXX = 0;
  for (const [url, allowed] of cases) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() >= 500) fiveXX++;
    expect(allowed, `${url.slice(0, 120)} → ${response.status()}`).toContain(response.status());
  }
  expect(fiveXX).toBe(0);
  test.info().annotations.push({
    type: "bad URLs",
    description: `${cases.length} URLs tried, 5xx: ${fiveXX}`,
  });
}

test("search and query strings never cause a 5xx", async ({ request }) => {
  await expectNo5xx(
    request,
    badUrlCases().filter(([url]) => url.includes("?")),
  );
});

test("page numbers, slugs and other paths never cause a 5xx", async ({ request }) => {
  await expectNo5xx(
    request,
    badUrlCases().filter(([url]) => !url.includes("?")),
  );
});

test("the login form answers bad input in German", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientAddress() });
  await page.goto("/admin/login");
  const alert = page.getByRole("main").getByRole("alert");
  for (const [username, password] of [
    ["", ""],
    ["   ", "x"],
    [NASTY.sql, NASTY.sql],
    [NASTY.script, "x"],
    [NASTY.nul, "y"],
    [NASTY.emoji, NASTY.rtlOverride],
  ] as const) {
    await page.getByLabel("Benutzername").evaluate((el) => el.removeAttribute("required"));
    await page.getByLabel("Passwort").evaluate((el) => el.removeAttribute("required"));
    await page.getByLabel("Benutzername").fill(username);
    await page.getByLabel("Passwort").fill(password);
    const answered = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Anmelden" }).click();
    expect((await answered).status()).toBeLessThan(500);
    await expect(alert).toHaveText(
      /Bitte geben Sie|Benutzername oder Passwort ist falsch|Zu viele Fehlversuche/,
    );
    await expect(page).toHaveURL(/\/admin\/login$/);
  }
});

/** Fails the test if any script payload opens a dialog in the admin. */
function noDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

test("script payloads in a comment never run in the admin queue", async ({
  adminPage: page,
  article,
}) => {
  const dialogs = noDialogs(page);
  const m = marker();
  const id = insertPendingComment(
    article.id,
    `${m} ${NASTY.script} ${NASTY.imgOnError} ${NASTY.svg}`,
  );
  await page.goto(`/admin/kommentare?q=${m}`);
  const row = page.locator("[data-queue-row]").filter({ hasText: m });
  await expect(row).toContainText('<script>alert("x")</script>');
  await expect(row).toContainText('<img src=x onerror="alert(1)">');
  await page.goto(`/admin/kommentare/${id}`);
  await expect(page.getByLabel("Kommentar", { exact: true })).toHaveValue(/<svg onload=/);
  expect(dialogs).toEqual([]);
});

test("the comment edit form refuses empty and oversized text and keeps the stored one", async ({
  adminPage: page,
  article,
}) => {
  const dialogs = noDialogs(page);
  const m = marker();
  const id = insertPendingComment(article.id, `${m} ${NASTY.script}`);
  const before = testDb().prepare("SELECT body, author_name FROM comments WHERE id = ?").get(id);
  for (const body of ["", "   ", "x".repeat(5001)]) {
    await page.goto(`/admin/kommentare/${id}`);
    await page.getByLabel("Kommentar", { exact: true }).evaluate((el) => {
      el.removeAttribute("required");
      el.removeAttribute("maxlength");
    });
    await page.getByLabel("Kommentar", { exact: true }).fill(body);
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect(page).toHaveURL(/fehler=/);
    await expect(page.getByText("Die Eingabe ist ungültig.")).toBeVisible();
  }
  expect(testDb().prepare("SELECT body, author_name FROM comments WHERE id = ?").get(id)).toEqual(
    before,
  );
  expect(dialogs).toEqual([]);
});

test("hostile queue filters answer 200", async ({ adminPage: page }) => {
  const dialogs = noDialogs(page);
  for (const filter of [NASTY.sql, NASTY.script, "%_\\", NASTY.nul]) {
    const response = await page.goto(
      `/admin/kommentare?q=${encodeURIComponent(filter)}&artikel=${encodeURIComponent(filter)}&seite=-1`,
    );
    expect(response?.status()).toBe(200);
  }
  expect(dialogs).toEqual([]);
});

// Two tests of three values each: every value is a page load and a server action.
for (const values of [
  ["-1", "0", "abc"],
  ["1e3", "99999", NASTY.sql],
]) {
  test(`the settings refuse a bad closing time with a message and store none (${values.join(" | ").slice(0, 40)})`, async ({
    adminPage: page,
  }) => {
    const dialogs = noDialogs(page);
    for (const days of values) {
      await page.goto("/admin/einstellungen");
      await page
        .getByLabel(/Diskussion schließen/)
        .evaluate((el) => el.removeAttribute("maxlength"));
      await page.getByLabel(/Diskussion schließen/).fill(days);
      await page.getByRole("button", { name: "Speichern" }).click();
      await expect(page).toHaveURL(/fehler=/);
      await expect(page.getByText(/ganze Zahl zwischen 1 und 3650/)).toBeVisible();
    }
    // Other tests change settings in parallel; what matters is that no bad value got in.
    const saved = testDb().prepare("SELECT value FROM settings WHERE key = 'comments'").get() as
      { value: string } | undefined;
    const days = saved
      ? (JSON.parse(saved.value) as { closeAfterDays: unknown }).closeAfterDays
      : null;
    expect(
      days === null || (Number.isInteger(days) && Number(days) >= 1 && Number(days) <= 3650),
    ).toBe(true);
    expect(dialogs).toEqual([]);
  });
}

test("the erasure form refuses an invalid address on the server", async ({ adminPage: page }) => {
  await page.goto("/admin/einstellungen");
  // The browser would stop this address; the server must refuse it on its own.
  await page.locator("form:has(#erase-email)").evaluate((f) => f.setAttribute("novalidate", ""));
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill("keine adresse");
  await page.getByRole("checkbox", { name: "Endgültiges Löschen bestätigen" }).check();
  await page.getByRole("button", { name: "Endgültig löschen" }).click();
  await expect(page.getByText("Die Eingabe ist ungültig.")).toBeVisible();
});

test("the raw client address is stored nowhere", async ({ page, article }) => {
  const address = uniqueClientAddress();
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": address });
  await page.goto(`/${article.sectionSlug}/${article.slug}`);
  const email = `ip-${marker().toLowerCase()}@leser.test`;
  const form = page.getByRole("form", { name: "Schreibe einen Kommentar" });
  await form.getByLabel("Name").fill("Adressfrei");
  await form.getByLabel("E-Mail").fill(email);
  await form.getByLabel("Kommentar").fill("Wo ist meine Adresse?");
  await waitOutMinFillTime();
  await page.getByRole("button", { name: "Kommentar absenden" }).click();
  await expect(page.getByText("Danke für Ihren Kommentar!")).toBeVisible();
  const tables = (
    testDb()
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")
      .all() as { name: string }[]
  ).map((t) => t.name);
  for (const table of tables) {
    const rows = testDb().prepare(`SELECT * FROM "${table}"`).all();
    expect(JSON.stringify(rows), table).not.toContain(address);
  }
});
