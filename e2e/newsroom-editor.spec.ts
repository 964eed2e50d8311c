import type { Browser, Request } from "@playwright/test";
import { ensureStaffUser, logIn, marker } from "./admin";
import { testDb } from "./db";
import { articleRow, auditActions, idFromUrl, writeDraft } from "./newsroom";
import { E2E_BASE_URL } from "./env";
import { toViennaLocalInput } from "@/lib/newsroom";
import { expect, test } from "./fixtures";

// The newsroom's article editor through the admin UI: an author writes and submits, an editor
// previews and publishes, the server refuses what a role may not do, a concurrent save is
// refused without losing text, and every step is in the audit log.

const AUTHOR = { username: "autorin-editor", password: "autorin-editor-passwort" };
const EDITOR = { username: "redakteur-editor", password: "redakteur-editor-passwort" };

async function signedIn(browser: Browser, user: typeof AUTHOR, role: "author" | "editor") {
  await ensureStaffUser(user.username, user.password, role);
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await logIn(page, user);
  return page;
}

test("an author submits a draft, an editor previews and publishes it for readers", async ({
  browser,
  request,
}) => {
  const m = marker();
  const headline = `Neue Radwege ${m}`;
  const author = await signedIn(browser, AUTHOR, "author");
  await writeDraft(author, headline, `Verkehr, Thema ${m}`);
  // An author has no button to publish or schedule.
  await expect(author.getByRole("button", { name: "Jetzt veröffentlichen" })).toHaveCount(0);
  await author.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await author.waitForURL(/\/admin\/artikel\/\d+\?ok=gespeichert/);
  await expect(author.getByText("Gespeichert.")).toBeVisible();
  const id = idFromUrl(author);
  expect(articleRow(id).status).toBe("review");
  expect(
    testDb().prepare("SELECT COUNT(*) AS n FROM article_tags WHERE article_id = ?").get(id),
  ).toEqual({ n: 2 });
  // Under review it is the editors' now: the author sees its status, no form.
  await expect(author.locator("[data-status]")).toHaveText("Zur Prüfung");
  await expect(author.getByText(/kein Entwurf mehr/)).toBeVisible();
  await expect(author.getByRole("button", { name: "Speichern" })).toHaveCount(0);

  const editor = await signedIn(browser, EDITOR, "editor");
  await editor.goto(`/admin/artikel/${id}`);
  await expect(editor.locator("[data-status]")).toHaveText("Zur Prüfung");
  await editor.getByRole("link", { name: "Vorschau" }).click();
  await editor.waitForURL(`**/admin/artikel/${id}/vorschau`);
  await expect(editor.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(editor.locator(".article__body h2")).toHaveCount(2);
  await expect(editor.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  // The preview is staff-only.
  const anonymous = await request.get(`/admin/artikel/${id}/vorschau`, { maxRedirects: 0 });
  expect(anonymous.status()).toBeGreaterThanOrEqual(300);
  expect(await anonymous.text()).not.toContain(headline);

  await editor.getByRole("link", { name: "Zurück zum Artikel" }).click();
  await editor.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await editor.waitForURL(/\?ok=gespeichert/);
  await expect(editor.locator("[data-status]")).toHaveText("Veröffentlicht");

  const { slug, sectionSlug } = articleRow(id);
  const page = await request.get(`/${sectionSlug}/${slug}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(headline);
  expect(await (await request.get(`/${sectionSlug}`)).text()).toContain(headline);
  expect(await (await request.get("/")).text()).toContain(headline);

  expect(auditActions(id)).toEqual(["article-create", "article-submit", "article-publish"]);
  expect(
    testDb()
      .prepare("SELECT action FROM audit_log WHERE article_id = ? AND staff_name = ?")
      .all(id, EDITOR.username),
  ).toEqual([{ action: "article-publish" }]);
  await author.context().close();
  await editor.context().close();
});

test("an editor's publish request replayed with an author's session changes nothing", async ({
  browser,
  request,
}) => {
  const m = marker();
  const author = await signedIn(browser, AUTHOR, "author");
  await writeDraft(author, `Eingereicht ${m}`, "Verkehr");
  await author.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await author.waitForURL(/\?ok=gespeichert/);
  const id = idFromUrl(author);

  // The editor's publish, caught on its way and never delivered.
  const editor = await signedIn(browser, EDITOR, "editor");
  await editor.goto(`/admin/artikel/${id}`);
  let post: Request | undefined;
  await editor.route(`**/admin/artikel/${id}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    post = route.request();
    return route.abort();
  });
  await editor.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect.poll(() => post !== undefined).toBe(true);
  const before = articleRow(id);

  const authorCookie = (await author.context().cookies()).find((c) => c.name === "kiosk_session")!;
  const replay = await request.fetch(post!.url(), {
    method: "POST",
    headers: { ...(await post!.allHeaders()), cookie: `kiosk_session=${authorCookie.value}` },
    data: post!.postDataBuffer()!,
    maxRedirects: 0,
  });
  expect(replay.status()).toBeLessThan(500);
  expect(articleRow(id)).toEqual(before);
  expect(articleRow(id).status).toBe("review");
  expect(auditActions(id)).toEqual(["article-create", "article-submit"]);
  await author.context().close();
  await editor.context().close();
});

test("a save over a change made meanwhile is refused and keeps the text", async ({
  adminPage: first,
}) => {
  const m = marker();
  await writeDraft(first, `Gleichzeitig ${m}`, "Verkehr");
  await first.getByRole("button", { name: "Speichern" }).click();
  await first.waitForURL(/\?ok=gespeichert/);
  const id = idFromUrl(first);

  const second = await first.context().newPage();
  await second.goto(`/admin/artikel/${id}`);
  await first.goto(`/admin/artikel/${id}`);

  await first.getByLabel("Titel", { exact: true }).fill(`Zuerst gespeichert ${m}`);
  // The count beside the field follows the typing.
  await expect(first.locator("#article-headline-count")).toHaveText(
    `${`Zuerst gespeichert ${m}`.length} von höchstens 200 Zeichen`,
  );
  await first.getByRole("button", { name: "Speichern" }).click();
  await expect(first.getByText("Gespeichert.")).toBeVisible();

  const mine = `Meine Fassung des Textes ${m}`;
  await second.getByLabel("Text", { exact: true }).fill(mine);
  await second.getByRole("button", { name: "Speichern" }).click();
  await expect(second.getByText(/inzwischen von jemand anderem geändert \(Titel\)/)).toBeVisible();
  await expect(second.getByLabel("Text", { exact: true })).toHaveValue(mine);
  expect(articleRow(id)).toMatchObject({ headline: `Zuerst gespeichert ${m}`, revision: 2 });
  expect(articleRow(id).body).not.toContain(mine);
  expect(auditActions(id)).toEqual(["article-create", "article-save"]);
  // The refusal links to what changed meanwhile, word by word.
  const compare = second.getByRole("link", { name: /Was sich geändert hat/ });
  await expect(compare).toHaveAttribute("href", `/admin/artikel/${id}/versionen?alt=1&neu=2`);
  await second.goto(`/admin/artikel/${id}/versionen?alt=1&neu=2`);
  await expect(
    second.getByRole("region", { name: "Version 1 → Version 2" }).locator("ins"),
  ).toHaveText(["Zuerst", "gespeichert"]);
  await second.close();
});

test("an editor schedules only into the future, withdraws and republishes", async ({
  adminPage: page,
  request,
}) => {
  const m = marker();
  await writeDraft(page, `Geplant ${m}`, "Verkehr");
  await page.getByRole("button", { name: "Speichern" }).click();
  await page.waitForURL(/\?ok=gespeichert/);
  const id = idFromUrl(page);

  // A time already past is refused beside the field, the text stays.
  await page.getByLabel("Text", { exact: true }).fill(`Geänderter Text ${m}`);
  await page
    .getByLabel("Veröffentlichen am (Wiener Zeit)")
    .fill(toViennaLocalInput(Date.now() - 3_600_000));
  await page.getByRole("button", { name: "Veröffentlichung planen" }).click();
  await expect(page.getByText("muss in der Zukunft liegen")).toBeVisible();
  await expect(page.getByLabel("Text", { exact: true })).toHaveValue(`Geänderter Text ${m}`);
  expect(articleRow(id).status).toBe("draft");

  const at = Date.now() + 3 * 3_600_000;
  await page.getByLabel("Veröffentlichen am (Wiener Zeit)").fill(toViennaLocalInput(at));
  await page.getByRole("button", { name: "Veröffentlichung planen" }).click();
  await page.waitForURL(/\?ok=gespeichert/);
  await expect(page.locator("[data-status]")).toContainText("Geplant für");
  const { slug, sectionSlug, body } = articleRow(id);
  expect(body).toBe(`Geänderter Text ${m}`);
  // The embargo holds: not public before its time.
  expect((await request.get(`/${sectionSlug}/${slug}`)).status()).toBe(404);

  await page.getByRole("button", { name: "Zurückziehen" }).click();
  await expect(page.locator("[data-status]")).toHaveText("Zurückgezogen");
  await page.getByRole("button", { name: "Wieder veröffentlichen" }).click();
  await expect(page.locator("[data-status]")).toHaveText("Veröffentlicht");
  // Withdrawn before its time, republished: public now.
  expect((await request.get(`/${sectionSlug}/${slug}`)).status()).toBe(200);
  expect(auditActions(id)).toEqual([
    "article-create",
    "article-save",
    "article-schedule",
    "article-withdraw",
    "article-republish",
  ]);
});

test("a published article's new slug leaves the old address redirecting", async ({
  adminPage: page,
  request,
}) => {
  const m = marker();
  await writeDraft(page, `Vorher ${m}`, "Verkehr");
  await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await page.waitForURL(/\?ok=gespeichert/);
  const id = idFromUrl(page);
  const old = articleRow(id);
  expect((await request.get(`/${old.sectionSlug}/${old.slug}`)).status()).toBe(200);

  await page.getByLabel("Titel", { exact: true }).fill(`Nachher ${m}`);
  await page.getByLabel("Adresse (Slug)").fill(`nachher-${m.toLowerCase()}`);
  await page.getByRole("button", { name: "Speichern und veröffentlichen" }).click();
  // "Gespeichert." is still on the page from publishing, so wait for the save itself.
  await expect.poll(() => articleRow(id).slug).toBe(`nachher-${m.toLowerCase()}`);
  const now = articleRow(id);
  expect(now).toMatchObject({ status: "published", slug: `nachher-${m.toLowerCase()}` });
  const moved = await request.get(`/${old.sectionSlug}/${old.slug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toContain(`/${now.sectionSlug}/${now.slug}`);
  const fresh = await request.get(`/${now.sectionSlug}/${now.slug}`);
  expect(fresh.status()).toBe(200);
  expect(await fresh.text()).toContain(`Nachher ${m}`);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("create and save a draft with plain form posts", async ({ adminPage: page }) => {
    const m = marker();
    const taken = (
      testDb().prepare("SELECT slug FROM articles ORDER BY id LIMIT 1").get() as { slug: string }
    ).slug;
    await writeDraft(page, `Ohne Skript ${m}`, "Verkehr");
    await page.getByLabel("Adresse (Slug)").fill(taken);
    await page.getByRole("button", { name: "Speichern" }).click();
    // Refused in place: the message beside the field, everything typed still there.
    await expect(page.getByText("Diese Adresse hat schon ein anderer Artikel.")).toBeVisible();
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(`Ohne Skript ${m}`);
    await expect(page.getByLabel("Text", { exact: true })).toHaveValue(/Zweiter Zwischentitel/);

    await page.getByLabel("Adresse (Slug)").fill("");
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.waitForURL(/\/admin\/artikel\/\d+\?ok=gespeichert/);
    const id = idFromUrl(page);
    expect(articleRow(id)).toMatchObject({ status: "draft", revision: 1 });

    await page.getByLabel("Titel", { exact: true }).fill(`Ohne Skript geändert ${m}`);
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect(page.getByText("Gespeichert.")).toBeVisible();
    expect(articleRow(id)).toMatchObject({
      status: "draft",
      revision: 2,
      headline: `Ohne Skript geändert ${m}`,
    });
    expect(auditActions(id)).toEqual(["article-create", "article-save"]);
  });
});
