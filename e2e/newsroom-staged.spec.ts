import { ensureStaffUser, logIn, marker } from "./admin";
import { testDb, testDbWriter } from "./db";
import { E2E_BASE_URL } from "./env";
import { articleRow, auditActions, idFromUrl, writeDraft } from "./newsroom";
import { SCHEDULER_TICK_MS } from "@/lib/server/scheduler-token";
import { expect, test } from "./fixtures";

// "Änderungen vormerken": an editor stages changes to a published story; readers keep seeing
// the published version until the staged one is published, by the editor or by the clock.

const EDITOR = { username: "redakteur-vormerken", password: "redakteur-vormerken-passwort" };

test("staged changes stay invisible until published, then appear at once", async ({
  browser,
  request,
}) => {
  await ensureStaffUser(EDITOR.username, EDITOR.password, "editor");
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await logIn(page, EDITOR);
  const m = marker();
  await writeDraft(page, `Vormerken ${m}`, "Verkehr");
  await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await page.waitForURL(/\?ok=gespeichert/);
  const id = idFromUrl(page);
  const { sectionSlug, slug } = articleRow(id);
  const url = `/${sectionSlug}/${slug}`;
  expect(await (await request.get(url)).text()).toContain(`Vormerken ${m}`);

  await page.getByLabel("Titel", { exact: true }).fill(`Vorgemerkt ${m}`);
  await page.getByLabel("Text", { exact: true }).fill("Der vorgemerkte neue Text.");
  await page.getByRole("button", { name: "Änderungen vormerken" }).click();
  await expect(page.getByText(/vorgemerkte Änderungen/)).toBeVisible();
  // Readers (and the cache) still have the published version.
  const before = await (await request.get(url)).text();
  expect(before).toContain(`Vormerken ${m}`);
  expect(before).not.toContain(`Vorgemerkt ${m}`);
  expect(articleRow(id).headline).toBe(`Vormerken ${m}`);
  // The editor's form holds the staged version, and the preview shows it.
  await page.goto(`/admin/artikel/${id}`);
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(`Vorgemerkt ${m}`);
  await page.getByRole("link", { name: "Vorschau" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Vorgemerkt ${m}` })).toBeVisible();
  await page.getByRole("link", { name: "Veröffentlichte Fassung ansehen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Vormerken ${m}` })).toBeVisible();

  // "Speichern und veröffentlichen" publishes what the form holds: the staged version.
  await page.goto(`/admin/artikel/${id}`);
  await page.getByRole("button", { name: "Speichern und veröffentlichen" }).click();
  await expect.poll(() => articleRow(id).headline).toBe(`Vorgemerkt ${m}`);
  const after = await (await request.get(url)).text();
  expect(after).toContain(`Vorgemerkt ${m}`);
  expect(after).toContain("Der vorgemerkte neue Text.");
  expect(auditActions(id)).toEqual([
    "article-create",
    "article-publish",
    "article-stage",
    "article-save",
  ]);
  await context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("staged changes planned for a time are published by the clock, not before", async ({
    adminPage: page,
    request,
  }) => {
    test.setTimeout(60_000);
    const m = marker();
    await writeDraft(page, `Geplant vorgemerkt ${m}`, "Verkehr");
    await page.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
    await page.waitForURL(/\?ok=gespeichert/);
    const id = idFromUrl(page);
    const { sectionSlug, slug } = articleRow(id);
    const url = `/${sectionSlug}/${slug}`;

    await page.getByLabel("Titel", { exact: true }).fill(`Zur Zeit vorgemerkt ${m}`);
    // A time in the past is refused with the text kept.
    await page.getByLabel("Veröffentlichen am (Wiener Zeit)").fill("2020-01-01T10:00");
    await page.getByRole("button", { name: "Vorgemerkte Änderungen planen" }).click();
    await expect(page.getByText("muss in der Zukunft liegen")).toBeVisible();
    await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(`Zur Zeit vorgemerkt ${m}`);
    await page.getByLabel("Veröffentlichen am (Wiener Zeit)").fill("2099-01-01T10:00");
    await page.getByRole("button", { name: "Vorgemerkte Änderungen planen" }).click();
    await expect(page.getByText(/Die vorgemerkten Änderungen erscheinen am/)).toBeVisible();
    const staged = testDb()
      .prepare("SELECT staged_revision AS revision, staged_at AS at FROM articles WHERE id = ?")
      .get(id) as { revision: number; at: number };
    expect(staged.revision).toBe(2);
    expect(await (await request.get(url)).text()).not.toContain(`Zur Zeit vorgemerkt ${m}`);

    // The test's clock: the planned time moves to a few seconds from now.
    const at = Date.now() + 3_000;
    testDbWriter().prepare("UPDATE articles SET staged_at = ? WHERE id = ?").run(at, id);
    expect(await (await request.get(url)).text()).not.toContain(`Zur Zeit vorgemerkt ${m}`);
    await expect
      .poll(async () => (await request.get(url)).text(), {
        timeout: 3 * SCHEDULER_TICK_MS + 10_000,
        intervals: [500],
      })
      .toContain(`Zur Zeit vorgemerkt ${m}`);
    expect(articleRow(id).headline).toBe(`Zur Zeit vorgemerkt ${m}`);
    expect(auditActions(id)).toContain("article-publish-staged");
    expect(
      testDb().prepare("SELECT staged_revision AS r FROM articles WHERE id = ?").get(id),
    ).toEqual({ r: null });
  });
});
