import { marker } from "./admin";
import { testDb } from "./db";
import { expect, test } from "./fixtures";

// Every save is a revision: any two are compared word by word, and any one is restored as a new
// revision, logged in the audit log.

function stored(id: number) {
  return testDb().prepare("SELECT headline, body, revision FROM articles WHERE id = ?").get(id) as {
    headline: string;
    body: string;
    revision: number;
  };
}

test("two revisions compared word by word, the older one restored as a new revision", async ({
  adminPage: page,
}) => {
  const m = marker();
  await page.goto("/admin/artikel/neu");
  await page.getByLabel("Titel", { exact: true }).fill(`Gemeinderat plant Radweg ${m}`);
  await page.getByLabel("Vorspann").fill("Der Vorspann bleibt, wie er ist.");
  await page.getByLabel("Text", { exact: true }).fill("Der Radweg soll im Frühling kommen.");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await page.waitForURL(/\/admin\/artikel\/\d+\?ok=gespeichert/);
  const id = Number(/\/admin\/artikel\/(\d+)/.exec(page.url())![1]);

  await page.getByLabel("Titel", { exact: true }).fill(`Gemeinderat kippt Radweg ${m}`);
  await page.getByLabel("Text", { exact: true }).fill("Der Radweg soll im Herbst kommen.");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Gespeichert.")).toBeVisible();
  await expect.poll(() => stored(id).revision).toBe(2);

  await page.getByRole("link", { name: "Versionen vergleichen" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/artikel/${id}/versionen`));
  const diff = page.getByRole("region", { name: "Version 1 → Version 2" });
  await expect(diff.locator("del")).toHaveText(["plant", "Frühling"]);
  await expect(diff.locator("ins")).toHaveText(["kippt", "Herbst"]);
  await expect(diff.getByRole("heading", { name: "Vorspann (unverändert)" })).toBeVisible();

  await page.getByRole("button", { name: "Version 1 wiederherstellen" }).click();
  await page.waitForURL(new RegExp(`/admin/artikel/${id}/versionen\\?ok=gespeichert`));
  expect(stored(id)).toEqual({
    headline: `Gemeinderat plant Radweg ${m}`,
    body: "Der Radweg soll im Frühling kommen.",
    revision: 3,
  });
  const restore = testDb()
    .prepare("SELECT detail FROM audit_log WHERE article_id = ? AND action = 'article-restore'")
    .get(id) as { detail: string } | undefined;
  expect(restore?.detail).toContain("Version 1 wiederhergestellt");
  // The restored state is now the newest revision, compared with the one before it.
  await expect(page.getByRole("region", { name: "Version 2 → Version 3" })).toBeVisible();
});

test("a restore over a save made meanwhile changes nothing", async ({ adminPage: page }) => {
  const m = marker();
  await page.goto("/admin/artikel/neu");
  await page.getByLabel("Titel", { exact: true }).fill(`Erste Fassung ${m}`);
  await page.getByLabel("Vorspann").fill("Ein Vorspann.");
  await page.getByLabel("Text", { exact: true }).fill("Ein Text.");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await page.waitForURL(/\/admin\/artikel\/\d+\?ok=gespeichert/);
  const id = Number(/\/admin\/artikel\/(\d+)/.exec(page.url())![1]);
  await page.getByLabel("Titel", { exact: true }).fill(`Zweite Fassung ${m}`);
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect.poll(() => stored(id).revision).toBe(2);

  // The revisions page is open at revision 2 …
  await page.goto(`/admin/artikel/${id}/versionen`);
  // … while someone else saves revision 3.
  const other = await page.context().newPage();
  await other.goto(`/admin/artikel/${id}`);
  await other.getByLabel("Titel", { exact: true }).fill(`Dritte Fassung ${m}`);
  await other.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect.poll(() => stored(id).revision).toBe(3);

  await page.getByRole("button", { name: "Version 1 wiederherstellen" }).click();
  await expect(page.getByText(/Nichts wurde wiederhergestellt/)).toBeVisible();
  expect(stored(id).headline).toBe(`Dritte Fassung ${m}`);
});
