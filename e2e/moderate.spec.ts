import type { Page } from "@playwright/test";
import { commentStatus, ensureStaffUser, insertPendingComment, logIn, marker } from "./admin";
import { expect, test } from "./fixtures";
import { testDb, testDbWriter, uniqueClientAddress, type TestArticle } from "./db";
import { E2E_BASE_URL } from "./env";

// Each test moderates comments on its own article (the `article` fixture), so cached pages never
// cross tests.

test.describe("login", () => {
  test("wrong password and unknown user get the same message; success and logout", async ({
    page,
    context,
  }) => {
    // Its own account, so its failed attempts do not throttle other tests' logins.
    const user = {
      username: `anmeldung-${marker().toLowerCase()}`,
      password: "anmeldetest-passwort-1",
    };
    await ensureStaffUser(user.username, user.password, "admin");
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientAddress() });
    await page.goto("/admin/login");
    await page.getByLabel("Benutzername").fill(user.username);
    await page.getByLabel("Passwort").fill("falsch-falsch-falsch");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Benutzername oder Passwort ist falsch.",
    );
    await expect(page.getByLabel("Benutzername")).toHaveValue(user.username);

    await page.getByLabel("Benutzername").fill("niemand-hier");
    await page.getByLabel("Passwort").fill("irgendwas-langes");
    const answered = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await answered;
    // React resets the form after the action (the password empties); type only after that.
    await expect(page.getByLabel("Passwort")).toHaveValue("");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Benutzername oder Passwort ist falsch.",
    );

    await page.getByLabel("Benutzername").fill(user.username);
    await page.getByLabel("Passwort").fill(user.password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page).toHaveURL(/\/admin\/artikel/);
    await expect(page.getByText(`Angemeldet als ${user.username}`)).toBeVisible();
    const cookie = (await context.cookies()).find((c) => c.name === "kiosk_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(await page.evaluate(() => document.cookie)).not.toContain("kiosk_session");
    // Only the hash of the token is stored.
    const stored = testDb().prepare("SELECT token_hash FROM sessions").all() as {
      token_hash: string;
    }[];
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie!.value);

    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect(page).toHaveURL(/\/admin\/login$/);
    await page.goto("/admin/kommentare");
    await expect(page).toHaveURL(/\/admin\/login$/);
  });

  test("repeated failures are throttled", async ({ page }) => {
    const username = `drossel-${marker().toLowerCase()}`;
    await ensureStaffUser(username, "drossel-passwort-123", "moderator");
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientAddress() });
    await page.goto("/admin/login");
    // The first three failures are answered plainly; then each attempt must wait longer, and
    // attempts within the wait are refused with their own message.
    const alert = page.getByRole("main").getByRole("alert");
    let throttled = false;
    for (let i = 0; i < 8 && !throttled; i++) {
      await page.getByLabel("Benutzername").fill(username);
      await page.getByLabel("Passwort").fill(`falsch-${i}`);
      const answered = page.waitForResponse((r) => r.request().method() === "POST");
      await page.getByRole("button", { name: "Anmelden" }).click();
      await answered;
      await expect(page.getByLabel("Passwort")).toHaveValue("");
      await expect(alert).toHaveText(/falsch|Fehlversuche/);
      throttled = (await alert.textContent())!.includes("Fehlversuche");
      if (i < 3) expect(throttled).toBe(false);
    }
    expect(throttled).toBe(true);
    // Even the right password waits now.
    await page.getByLabel("Benutzername").fill(username);
    await page.getByLabel("Passwort").fill("drossel-passwort-123");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(alert).toContainText("Zu viele Fehlversuche");
    await expect(page).toHaveURL(/\/admin\/login$/);
  });
});

test("every admin URL without a session goes to the login", async ({ request }) => {
  for (const url of [
    "/admin",
    "/admin/kommentare",
    "/admin/kommentare?status=spam",
    "/admin/kommentare/1",
    "/admin/protokoll",
    "/admin/einstellungen",
  ]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect([303, 307, 308], url).toContain(response.status());
    expect(response.headers()["location"], url).toMatch(/\/admin\/login$/);
  }
});

/** An approved comment written straight into the database, counted on its article. */
function insertApprovedComment(articleId: number, m: string): number {
  const id = insertPendingComment(articleId, m, "approved");
  testDbWriter()
    .prepare("UPDATE articles SET comment_count = comment_count + 1 WHERE id = ?")
    .run(articleId);
  return id;
}

function auditOf(id: number) {
  return testDb()
    .prepare(
      "SELECT action, from_status AS f, to_status AS t, staff_name AS who FROM audit_log WHERE comment_id = ? ORDER BY id",
    )
    .all(id);
}

async function moderateRow(page: Page, status: string, m: string, button: string) {
  await page.goto(`/admin/kommentare?status=${status}&q=${m}`);
  await page
    .locator("[data-queue-row]")
    .filter({ hasText: m })
    .getByRole("button", { name: button })
    .click();
}

test("an approved comment appears on the article at once", async ({ adminPage: page, article }) => {
  const url = `/${article.sectionSlug}/${article.slug}`;
  const m = marker();
  const id = insertPendingComment(article.id, m);
  const reader = await page.context().browser()!.newPage();
  await reader.goto(url); // the page is now cached without the comment
  await expect(reader.getByText(`Kommentar ${m}`)).toHaveCount(0);

  await page.goto("/admin/kommentare");
  await page.getByLabel("Text oder Autor").fill(m);
  await page.getByRole("button", { name: "Filtern" }).click();
  const row = page.locator("[data-queue-row]").filter({ hasText: m });
  await row.getByRole("button", { name: "Freigeben" }).click();
  await expect(page.getByText("1 Kommentar freigegeben.")).toBeVisible();
  expect(commentStatus(id)).toBe("approved");
  await reader.goto(url);
  await expect(reader.locator(`#kommentar-${id}`)).toContainText(`Kommentar ${m}`);
  expect(auditOf(id)).toEqual([
    { action: "approve", f: "pending", t: "approved", who: "Redaktion" },
  ]);
  await reader.close();
});

/** An approved comment on the test's article, and a reader whose visit cached the page with it. */
async function approvedCommentSeen(page: Page, article: TestArticle) {
  const url = `/${article.sectionSlug}/${article.slug}`;
  const m = marker();
  const id = insertApprovedComment(article.id, m);
  const reader = await page.context().browser()!.newPage();
  await reader.goto(url);
  await expect(reader.locator(`#kommentar-${id}`)).toBeVisible();
  return { url, m, id, reader };
}

test("unapproving a comment removes it from the article at once", async ({
  adminPage: page,
  article,
}) => {
  const { url, m, id, reader } = await approvedCommentSeen(page, article);

  await moderateRow(page, "freigegeben", m, "Zurückziehen");
  await expect(page.getByText("1 Kommentar zurückgezogen.")).toBeVisible();
  expect(commentStatus(id)).toBe("pending");
  await reader.goto(url);
  await expect(reader.locator(`#kommentar-${id}`)).toHaveCount(0);
  expect(auditOf(id)).toEqual([
    { action: "unapprove", f: "approved", t: "pending", who: "Redaktion" },
  ]);
  await reader.close();
});

test("a comment moved to the trash leaves the article at once and is in the audit log", async ({
  adminPage: page,
  article,
}) => {
  const { url, m, id, reader } = await approvedCommentSeen(page, article);

  await moderateRow(page, "freigegeben", m, "Papierkorb");
  await expect(page.getByText("1 Kommentar in den Papierkorb.")).toBeVisible();
  expect(commentStatus(id)).toBe("trash");
  await reader.goto(url);
  await expect(reader.locator(`#kommentar-${id}`)).toHaveCount(0);
  expect(auditOf(id)).toEqual([{ action: "trash", f: "approved", t: "trash", who: "Redaktion" }]);
  await page.goto(`/admin/protokoll?kommentar=${id}`);
  await expect(page.locator(".audit-table tbody tr")).toHaveCount(1);
  await reader.close();
});

test("deleting forever needs a confirmation and keeps the audit entries", async ({
  adminPage: page,
  article,
}) => {
  const m = marker();
  const id = insertPendingComment(article.id, m);
  // Into the trash through the queue, so the comment has an audit entry to keep.
  await moderateRow(page, "ausstehend", m, "Papierkorb");
  await expect(page.getByText("1 Kommentar in den Papierkorb.")).toBeVisible();

  await page.goto(`/admin/kommentare/${id}`);
  await page.getByRole("button", { name: "Endgültig löschen" }).click();
  // Without the confirmation nothing happens.
  await expect(page.getByLabel("Endgültiges Löschen bestätigen")).toHaveJSProperty(
    "validity.valueMissing",
    true,
  );
  expect(commentStatus(id)).toBe("trash");
  await page.getByLabel("Endgültiges Löschen bestätigen").check();
  await page.getByRole("button", { name: "Endgültig löschen" }).click();
  await expect(page.getByText("1 Kommentar endgültig gelöscht.")).toBeVisible();
  expect(
    commentStatus(id) === undefined ||
      !testDb().prepare("SELECT 1 FROM comments WHERE id = ? AND body LIKE ?").get(id, `%${m}%`),
  ).toBe(true);
  expect(
    (
      testDb().prepare("SELECT COUNT(*) AS n FROM audit_log WHERE comment_id = ?").get(id) as {
        n: number;
      }
    ).n,
  ).toBe(2);
});

test("bulk approve of several comments", async ({ adminPage: page, article }) => {
  const m = marker();
  const ids = [
    insertPendingComment(article.id, `${m} eins`),
    insertPendingComment(article.id, `${m} zwei`),
    insertPendingComment(article.id, `${m} drei`),
  ];
  await page.goto(`/admin/kommentare?q=${m}`);
  await expect(page.locator("[data-queue-row]")).toHaveCount(3);
  await page.getByLabel("Alle auf dieser Seite auswählen").check();
  await page.getByLabel("Aktion für die Auswahl").selectOption("approve");
  await page.getByRole("button", { name: "Anwenden" }).click();
  await expect(page.getByText("3 Kommentare freigegeben.")).toBeVisible();
  for (const id of ids) expect(commentStatus(id)).toBe("approved");
  await page.goto(`/${article.sectionSlug}/${article.slug}`);
  for (const id of ids) await expect(page.locator(`#kommentar-${id}`)).toBeVisible();
});

test("edit and a staff reply marked Redaktion show on the article", async ({
  adminPage: page,
  article,
}) => {
  const m = marker();
  const id = insertPendingComment(article.id, m, "approved");
  testDbWriter()
    .prepare("UPDATE articles SET comment_count = comment_count + 1 WHERE id = ?")
    .run(article.id);
  await page.goto(`/admin/kommentare/${id}`);
  await page.getByLabel("Kommentar", { exact: true }).fill(`Bearbeitet ${m}`);
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByText("Gespeichert.")).toBeVisible();
  await page.getByLabel("Antwort der Redaktion").fill(`Danke für den Hinweis ${m}`);
  await page.getByRole("button", { name: "Antwort veröffentlichen" }).click();
  await expect(page.getByText("Die Antwort ist veröffentlicht.")).toBeVisible();

  await page.goto(`/${article.sectionSlug}/${article.slug}`);
  await expect(page.locator(`#kommentar-${id}`)).toContainText(`Bearbeitet ${m}`);
  const reply = page
    .locator(`li:has(> #kommentar-${id}) > ol .comment__card`)
    .filter({ hasText: `Danke für den Hinweis ${m}` });
  await expect(reply).toBeVisible();
  await expect(reply.locator(".comment__badge")).toHaveText("Redaktion");
  const actions = testDb()
    .prepare("SELECT action FROM audit_log WHERE comment_id = ? OR detail = ?")
    .all(id, `Antwort auf #${id}`);
  expect(actions).toEqual(expect.arrayContaining([{ action: "edit" }, { action: "reply" }]));
});

test("the queue works from the keyboard", async ({ adminPage: page, article }) => {
  const m = marker();
  const first = insertPendingComment(article.id, `${m} a`);
  const second = insertPendingComment(article.id, `${m} b`);
  await page.goto(`/admin/kommentare?q=${m}`);
  await expect(page.getByRole("heading", { name: "Tastenkürzel" })).toBeVisible();
  await page.keyboard.press("j");
  await expect(page.locator("[data-queue-row]").first()).toBeFocused();
  await page.keyboard.press("a"); // newest first: this is "b"
  await expect(page.getByText("1 Kommentar freigegeben.")).toBeVisible();
  expect(commentStatus(second)).toBe("approved");
  await page.keyboard.press("j");
  await page.keyboard.press("s");
  await expect(page.getByText("1 Kommentar als Spam markiert.")).toBeVisible();
  expect(commentStatus(first)).toBe("spam");
});

test("admin actions without a session change nothing", async ({
  adminPage: page,
  request,
  article,
}) => {
  const m = marker();
  const id = insertPendingComment(article.id, m);
  await page.goto(`/admin/kommentare?q=${m}`);
  const captured = page.waitForRequest(
    (r) => r.method() === "POST" && r.url().includes("/admin/kommentare"),
  );
  await page
    .locator("[data-queue-row]")
    .filter({ hasText: m })
    .getByRole("button", { name: "Spam" })
    .click();
  const post = await captured;
  await expect(page.getByText("1 Kommentar als Spam markiert.")).toBeVisible();
  testDbWriter().prepare("UPDATE comments SET status = 'pending' WHERE id = ?").run(id);

  // The same request again, but without the session cookie.
  const headers = { ...(await post.allHeaders()) };
  delete headers.cookie;
  const replay = await request.fetch(post.url(), {
    method: "POST",
    headers,
    data: post.postDataBuffer()!,
    maxRedirects: 0,
  });
  expect(replay.status()).toBeLessThan(500);
  expect(commentStatus(id)).toBe("pending");
  expect(
    testDb().prepare("SELECT COUNT(*) AS n FROM audit_log WHERE comment_id = ?").get(id),
  ).toEqual({ n: 1 });
});

test("a moderator made with the staff command signs in but cannot open the settings", async ({
  page,
}) => {
  // Through the real staff command, at the product's own cost.
  await ensureStaffUser("moderatorin", "moderatorin-passwort-1", "moderator", "cli");
  await logIn(page, { username: "moderatorin", password: "moderatorin-passwort-1" });
  await expect(page.getByRole("link", { name: "Einstellungen" })).toHaveCount(0);
  await page.goto("/admin/einstellungen");
  await expect(page.getByText("Für diese Seite fehlt Ihnen die Berechtigung.")).toBeVisible();
  await expect(page.getByLabel(/Sperrliste/)).toHaveCount(0);
});

test("an admin's settings request replayed with a moderator's session changes nothing", async ({
  page,
  request,
  browser,
  adminCookies,
}) => {
  await ensureStaffUser("moderator-replay", "moderator-replay-passwort", "moderator");
  await logIn(page, { username: "moderator-replay", password: "moderator-replay-passwort" });

  const admin = await browser.newContext({ baseURL: E2E_BASE_URL });
  await admin.addCookies(adminCookies);
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/einstellungen");
  const captured = adminPage.waitForRequest((r) => r.method() === "POST");
  await adminPage.getByRole("button", { name: "Speichern" }).click();
  const post = await captured;
  await expect(adminPage.getByText("Gespeichert.")).toBeVisible();
  // What the admin's own save stored; the moderator's replay must leave it exactly so.
  const before = testDb().prepare("SELECT value FROM settings WHERE key = 'comments'").get();
  const moderatorCookie = (await page.context().cookies()).find((c) => c.name === "kiosk_session")!;
  const headers = {
    ...(await post.allHeaders()),
    cookie: `kiosk_session=${moderatorCookie.value}`,
  };
  const settingsAudits = () =>
    (
      testDb().prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'settings'").get() as {
        n: number;
      }
    ).n;
  const countBefore = settingsAudits();
  await request.fetch(post.url(), {
    method: "POST",
    headers,
    data: post.postDataBuffer()!,
    maxRedirects: 0,
  });
  expect(settingsAudits()).toBe(countBefore);
  expect(testDb().prepare("SELECT value FROM settings WHERE key = 'comments'").get()).toEqual(
    before,
  );
  await admin.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("log in and approve with plain forms", async ({ page, article }) => {
    const m = marker();
    const id = insertPendingComment(article.id, m);
    await logIn(page);
    await page.goto(`/admin/kommentare?q=${m}`);
    await page
      .locator("[data-queue-row]")
      .filter({ hasText: m })
      .getByRole("button", { name: "Freigeben" })
      .click();
    await expect(page.getByText("1 Kommentar freigegeben.")).toBeVisible();
    expect(commentStatus(id)).toBe("approved");
    await page.goto(`/${article.sectionSlug}/${article.slug}`);
    await expect(page.locator(`#kommentar-${id}`)).toBeVisible();
  });
});

test("an admin erases every comment of one e-mail address (GDPR), logged in the audit", async ({
  adminPage: page,
  article,
  claimArticle,
}) => {
  const email = `dsgvo-${marker().toLowerCase()}@leser.test`;
  const ids = [article, claimArticle()].map((a, i) =>
    Number(
      testDbWriter()
        .prepare(
          `INSERT INTO comments (article_id, author_name, author_email, body, status, created_at, ip_hash)
           VALUES (?, 'Löschwunsch', ?, ?, ?, ?, 'x')`,
        )
        .run(a.id, email, `Bitte löschen ${i}`, i === 0 ? "approved" : "pending", Date.now())
        .lastInsertRowid,
    ),
  );
  await page.goto("/admin/einstellungen");
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(email.toUpperCase());
  await page.getByRole("checkbox", { name: "Endgültiges Löschen bestätigen" }).check();
  await page.getByRole("button", { name: "Endgültig löschen" }).click();
  await expect(page.getByText("2 Kommentar(e) endgültig gelöscht.")).toBeVisible();
  expect(
    testDb().prepare("SELECT COUNT(*) AS n FROM comments WHERE author_email = ?").get(email),
  ).toEqual({ n: 0 });
  for (const id of ids) {
    expect(testDb().prepare("SELECT action FROM audit_log WHERE comment_id = ?").all(id)).toEqual([
      { action: "erase" },
    ]);
  }
});
