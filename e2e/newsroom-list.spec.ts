import type { Page } from "@playwright/test";
import { ensureStaffUser, logIn, marker } from "./admin";
import { oneArticle, PUBLIC, testDbWriter } from "./db";
import { expect, test } from "./fixtures";

// The newsroom's article list, the admin's navigation by role, authors and topics, and the audit
// log per article. The list's filters are plain GET forms: that test runs without JavaScript.

const nav = (page: Page) => page.getByRole("navigation", { name: "Redaktionsbereich" });
const rows = (page: Page) => page.locator("table.article-table tbody tr");

test.describe("the article list without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an admin filters by status, Ressort and headline, and pages through", async ({
    adminPage: page,
  }) => {
    await page.goto("/admin/artikel");
    await expect(page.getByRole("heading", { level: 1, name: "Artikel" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Neuer Artikel" })).toHaveAttribute(
      "href",
      "/admin/artikel/neu",
    );
    await expect(rows(page)).toHaveCount(50);

    await page
      .getByRole("navigation", { name: "Seitennavigation" })
      .getByRole("link", { name: /Nächste Seite/ })
      .click();
    await expect(page).toHaveURL(/\/admin\/artikel\?seite=2$/);
    await expect(rows(page)).toHaveCount(50);

    await page.getByLabel("Status").selectOption({ label: "Entwurf" });
    await page.getByRole("button", { name: "Filtern" }).click();
    await expect(page).toHaveURL(/status=entwurf/);
    await expect(rows(page).first()).toBeVisible();
    for (const cell of await rows(page).locator("td:nth-child(2)").allTextContents())
      expect(cell).toBe("Entwurf");

    await page.getByLabel("Status").selectOption({ label: "Alle" });
    await page.getByLabel("Ressort").selectOption({ label: "Sport" });
    await page.getByRole("button", { name: "Filtern" }).click();
    await expect(page).toHaveURL(/ressort=\d+/);
    await expect(rows(page).first()).toBeVisible();
    for (const cell of await rows(page).locator("td:nth-child(3)").allTextContents())
      expect(cell).toBe("Sport");

    const known = oneArticle(`${PUBLIC} ORDER BY a.id DESC`);
    await page.getByLabel("Ressort").selectOption({ label: "Alle" });
    await page.getByLabel("Titel enthält").fill(known.headline.slice(0, 40));
    await page.getByRole("button", { name: "Filtern" }).click();
    const link = page.getByRole("link", { name: known.headline, exact: true });
    await expect(link.first()).toBeVisible();
    await expect(link.first()).toHaveAttribute("href", `/admin/artikel/${known.id}`);
  });
});

test("each role sees only what it may use", async ({ browser }) => {
  const author = { username: `autorin-${marker().toLowerCase()}`, password: "autorin-passwort-1" };
  const moderator = { username: `mod-${marker().toLowerCase()}`, password: "moderator-passwort-1" };
  await ensureStaffUser(author.username, author.password, "author");
  await ensureStaffUser(moderator.username, moderator.password, "moderator");

  const authorPage = await (await browser.newContext()).newPage();
  await logIn(authorPage, author);
  await expect(authorPage).toHaveURL(/\/admin\/artikel$/);
  await expect(nav(authorPage).getByRole("link", { name: "Artikel" })).toBeVisible();
  await expect(nav(authorPage).getByRole("link", { name: "Kommentare" })).toHaveCount(0);
  await expect(nav(authorPage).getByRole("link", { name: "Einstellungen" })).toHaveCount(0);
  await expect(nav(authorPage).getByRole("link", { name: "Autoren" })).toHaveCount(0);
  await expect(authorPage.getByText("(Autor/in)")).toBeVisible();
  await authorPage.goto("/admin/kommentare");
  await expect(authorPage.getByText("Für diese Seite fehlt Ihnen die Berechtigung.")).toBeVisible();
  await expect(authorPage.getByRole("table")).toHaveCount(0);
  await authorPage.goto("/admin/themen");
  await expect(authorPage.getByText("Für diese Seite fehlt Ihnen die Berechtigung.")).toBeVisible();
  await authorPage.context().close();

  const modPage = await (await browser.newContext()).newPage();
  await logIn(modPage, moderator);
  await expect(modPage).toHaveURL(/\/admin\/kommentare$/);
  await expect(nav(modPage).getByRole("link", { name: "Kommentare" })).toBeVisible();
  await expect(nav(modPage).getByRole("link", { name: "Artikel" })).toHaveCount(0);
  await modPage.goto("/admin/artikel");
  await expect(modPage.getByText("Für diese Seite fehlt Ihnen die Berechtigung.")).toBeVisible();
  await modPage.context().close();
});

test("an editor creates and renames a topic and an author; the public pages follow", async ({
  browser,
}) => {
  const editor = { username: `redakteur-${marker().toLowerCase()}`, password: "redakteur-pw-1" };
  await ensureStaffUser(editor.username, editor.password, "editor");
  const page = await (await browser.newContext()).newPage();
  await logIn(page, editor);
  const m = marker().toLowerCase();

  await nav(page).getByRole("link", { name: "Themen" }).click();
  await page.getByRole("link", { name: "Neues Thema" }).click();
  await page.getByLabel("Name").fill(`Gipfel ${m}`);
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByText("Gespeichert.")).toBeVisible();
  await page.getByRole("link", { name: `Gipfel ${m}` }).click();
  await page.getByLabel("Name").fill(`Gipfeltreffen ${m}`);
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("link", { name: `Gipfeltreffen ${m}` })).toBeVisible();
  await page.goto(`/thema/gipfel-${m}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Gipfeltreffen ${m}`);

  await page.goto("/admin/autoren/neu");
  await page.getByLabel("Name").fill(`Maria ${m}`);
  // A slug that does not follow the rules comes back with the German message, nothing lost.
  await page.getByLabel("Adresse (Slug)").fill("Maria Huber!");
  await page.getByLabel("Funktion (z. B. Innenpolitik-Redakteurin)").fill("Chronik");
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByText(/nur Kleinbuchstaben \(a–z\), Ziffern/)).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue(`Maria ${m}`);
  await expect(page.getByLabel("Funktion (z. B. Innenpolitik-Redakteurin)")).toHaveValue("Chronik");
  await page.getByLabel("Adresse (Slug)").fill(`maria-${m}`);
  await page.getByRole("button", { name: "Anlegen" }).click();
  await expect(page.getByText("Gespeichert.")).toBeVisible();
  await page.getByRole("link", { name: `Maria ${m}` }).click();
  await page.getByLabel("Name").fill(`Maria Huber ${m}`);
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("link", { name: `Maria Huber ${m}` })).toBeVisible();
  await page.goto(`/autor/maria-${m}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Maria Huber ${m}`);

  // Both writes are in the log with who made them.
  await page.goto("/admin/protokoll?aktion=author-save");
  await expect(page.getByRole("cell", { name: editor.username }).first()).toBeVisible();
  await page.context().close();
});

test("the audit log filters per article and links to it", async ({ adminPage: page }) => {
  const m = marker();
  const writer = testDbWriter();
  const add = writer.prepare(
    "INSERT INTO audit_log (article_id, staff_name, action, detail, created_at) VALUES (?, 'Testredaktion', ?, ?, ?)",
  );
  add.run(9_000_001, "article-publish", `${m}-eins`, Date.now());
  add.run(9_000_002, "article-withdraw", `${m}-zwei`, Date.now());
  await page.goto("/admin/protokoll");
  await page.getByLabel("Artikel-Nr.").fill("9000001");
  await page.getByRole("button", { name: "Filtern" }).click();
  await expect(page).toHaveURL(/artikel=9000001/);
  await expect(page.getByText(`veröffentlicht (${m}-eins)`)).toBeVisible();
  await expect(page.getByText(`${m}-zwei`)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Artikel #9000001" }).first()).toHaveAttribute(
    "href",
    "/admin/artikel/9000001",
  );
});
