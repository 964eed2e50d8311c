import type { APIRequestContext, Browser } from "@playwright/test";
import { ensureStaffUser, logIn, marker } from "./admin";
import { testDb, testDbWriter } from "./db";
import { E2E_BASE_URL } from "./env";
import { articleRow, auditActions, idFromUrl, writeDraft } from "./newsroom";
import { SCHEDULER_TICK_MS } from "@/lib/server/scheduler-token";
import { expect, test } from "./fixtures";

// One story from first draft to withdrawal, through the admin UI as a newsroom works: an author
// writes and submits, an editor previews and schedules it, it appears everywhere at its time and
// not before, gets a minor and a visible edit, a new headline and slug, and is withdrawn. Each
// step's finer points have their own specs (newsroom-editor, -staged, -revisions, -public).

const AUTHOR = { username: "autorin-geschichte", password: "autorin-geschichte-passwort" };
const EDITOR = { username: "redakteur-geschichte", password: "redakteur-geschichte-passwort" };

async function signedIn(browser: Browser, user: typeof AUTHOR, role: "author" | "editor") {
  await ensureStaffUser(user.username, user.password, role);
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await logIn(page, user);
  return page;
}

/** The public places a story shows up in, and whether each names it now. */
async function placesNaming(
  request: APIRequestContext,
  story: { sectionSlug: string; slug: string },
  word: string,
): Promise<Record<string, boolean>> {
  const paths = {
    page: `/${story.sectionSlug}/${story.slug}`,
    listing: `/${story.sectionSlug}`,
    front: "/",
    feed: "/feed.xml",
    sitemap: "/sitemap.xml",
    newsSitemap: "/news-sitemap.xml",
    search: `/suche?q=${word}`,
  };
  const found: Record<string, boolean> = {};
  for (const [place, path] of Object.entries(paths)) {
    const response = await request.get(path);
    found[place] = response.ok() && (await response.text()).includes(story.slug);
  }
  return found;
}

const EVERYWHERE = {
  page: true,
  listing: true,
  front: true,
  feed: true,
  sitemap: true,
  newsSitemap: true,
  search: true,
};
const NOWHERE = Object.fromEntries(Object.keys(EVERYWHERE).map((key) => [key, false]));

/** The page's published and modified times as its Open Graph tags say. */
function metaTimes(html: string): { published?: string; modified?: string } {
  const time = (name: string) =>
    new RegExp(`property="article:${name}_time" content="([^"]+)"`).exec(html)?.[1];
  return { published: time("published"), modified: time("modified") };
}

function dates(id: number): { updatedAt: number; publishedAt: number } {
  return testDb()
    .prepare(
      "SELECT updated_at AS updatedAt, published_at AS publishedAt FROM articles WHERE id = ?",
    )
    .get(id) as { updatedAt: number; publishedAt: number };
}

test("a story from the author's draft to its withdrawal", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const m = marker();
  const word = `Geschichtsprobe${m.replace(/[^a-z0-9]/gi, "")}`;

  // The author writes a draft with two subheadings and topics, and submits it.
  const author = await signedIn(browser, AUTHOR, "author");
  await writeDraft(author, `${word}: Neue Brücke über die Mur`, `Verkehr, Brücken ${m}`);
  await author.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await author.waitForURL(/\/admin\/artikel\/\d+\?ok=gespeichert/);
  const id = idFromUrl(author);
  expect(articleRow(id).status).toBe("review");

  // The editor previews it and schedules it (for tomorrow: the test's clock moves it closer).
  const editor = await signedIn(browser, EDITOR, "editor");
  await editor.goto(`/admin/artikel/${id}/vorschau`);
  await expect(editor.locator(".article__body h2")).toHaveCount(2);
  await editor.goto(`/admin/artikel/${id}`);
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await editor.getByLabel("Veröffentlichen am (Wiener Zeit)").fill(`${tomorrow}T06:00`);
  await editor.getByRole("button", { name: "Veröffentlichung planen" }).click();
  await editor.waitForURL(/\?ok=gespeichert/);
  await expect(editor.locator("[data-status]")).toContainText("Geplant");
  const story = articleRow(id);
  // Before its time it is nowhere, and the pages that would list it are cached without it.
  expect(await placesNaming(request, story, word)).toEqual(NOWHERE);

  const at = Date.now() + 4_000;
  testDbWriter()
    .prepare(
      "UPDATE articles SET published_at = ?, updated_at = ?, first_published_at = ? WHERE id = ?",
    )
    .run(at, at, at, id);
  expect((await request.get(`/${story.sectionSlug}/${story.slug}`)).status()).toBe(404);
  await expect
    .poll(() => placesNaming(request, story, word), {
      timeout: 3 * SCHEDULER_TICK_MS + 15_000,
      intervals: [1_000],
    })
    .toEqual(EVERYWHERE);
  expect(Date.now()).toBeGreaterThanOrEqual(at);

  // A typo fix marked as minor keeps "aktualisiert" (dateModified); a real edit moves it.
  await editor.reload();
  await editor.getByLabel("Vorspann").fill(`Der Vorspann zu ${word}: Neue Brücke über die Mur!`);
  await editor.getByLabel(/Kleine Änderung/).check();
  await editor.getByRole("button", { name: "Speichern und veröffentlichen" }).click();
  await expect.poll(() => articleRow(id).revision).toBe(3);
  expect(dates(id).updatedAt).toBe(at);
  const page = await (await request.get(`/${story.sectionSlug}/${story.slug}`)).text();
  expect(page.includes("Neue Brücke über die Mur!"), "the fixed lead").toBe(true);
  const minor = metaTimes(page);
  expect(minor.modified).toBe(minor.published);

  // A new headline and slug: the old address answers 308 to the new one.
  await editor.getByLabel("Titel", { exact: true }).fill(`${word}: Brücke kommt später`);
  await editor.getByLabel("Adresse (Slug)").fill(`bruecke-kommt-spaeter-${m.toLowerCase()}`);
  await editor.getByRole("button", { name: "Speichern und veröffentlichen" }).click();
  await expect.poll(() => articleRow(id).revision).toBe(4);
  expect(dates(id).updatedAt).toBeGreaterThan(at);
  const renamed = articleRow(id);
  const moved = await request.get(`/${story.sectionSlug}/${story.slug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toContain(`/${renamed.sectionSlug}/${renamed.slug}`);
  const fresh = await (await request.get(`/${renamed.sectionSlug}/${renamed.slug}`)).text();
  expect(fresh.includes("Brücke kommt später"), "the new headline").toBe(true);
  const visible = metaTimes(fresh);
  expect(visible.published).toBe(minor.published);
  expect(visible.modified).not.toBe(visible.published);
  expect(await placesNaming(request, renamed, word)).toEqual(EVERYWHERE);

  // Withdrawn: 410 on the new and the old address, and gone from every list at once.
  await editor.getByRole("button", { name: "Zurückziehen" }).click();
  await expect(editor.locator("[data-status]")).toHaveText("Zurückgezogen");
  expect((await request.get(`/${renamed.sectionSlug}/${renamed.slug}`)).status()).toBe(410);
  expect((await request.get(`/${story.sectionSlug}/${story.slug}`)).status()).toBe(410);
  expect(await placesNaming(request, renamed, word)).toEqual(NOWHERE);

  // Every step is in the audit log, under the person who took it.
  expect(auditActions(id)).toEqual([
    "article-create",
    "article-submit",
    "article-schedule",
    "article-save",
    "article-save",
    "article-withdraw",
  ]);
  expect(
    testDb()
      .prepare("SELECT DISTINCT staff_name AS who FROM audit_log WHERE article_id = ? ORDER BY who")
      .all(id),
  ).toEqual([{ who: AUTHOR.username }, { who: EDITOR.username }]);
  await author.context().close();
  await editor.context().close();
});
