import { createHmac } from "node:crypto";
import type { Page } from "@playwright/test";
import { waitOutMinFillTime } from "./comment-form";
import { oneArticle, PUBLIC, testDb, testDbWriter, uniqueClientAddress, uniqueEmail } from "./db";
import { expect, test } from "./fixtures";

// Each test that posts a comment takes its own article (the `article` fixture), so the cached
// pages of one test are not another's.

function storedComments(articleId: number, email: string) {
  return testDb()
    .prepare("SELECT * FROM comments WHERE article_id = ? AND author_email = ?")
    .all(articleId, email) as {
    status: string;
    body: string;
    author_name: string;
    parent_id: number | null;
    depth: number;
    ip_hash: string;
  }[];
}

/** The keyed hash the site stores for a client address (IPv4 here, so the address itself). */
async function clientHash(page: Page, address: string, articleId: number): Promise<string> {
  // The site makes its secret on first use; asking for a form token makes sure it exists.
  await page.request.get(`/api/kommentar-token?artikel=${articleId}`);
  const { value } = testDb()
    .prepare("SELECT value FROM settings WHERE key = 'secret_key'")
    .get() as { value: string };
  return createHmac("sha256", JSON.parse(value) as string)
    .update(`client:${address}`)
    .digest("hex");
}

async function openArticle(page: Page, url: string) {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientAddress() });
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
}

async function fillComment(page: Page, values: { name: string; email: string; body: string }) {
  const form = page.getByRole("form", { name: /Schreibe einen Kommentar|Antwort an/ });
  await form.getByLabel("Name").fill(values.name);
  await form.getByLabel("E-Mail").fill(values.email);
  await form.getByLabel("Kommentar").fill(values.body);
  return form;
}

/** A person needs a moment to write; the form refuses anything faster (e2e/env.ts). */
const takeTimeToWrite = () => waitOutMinFillTime();

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
  test.describe(mode, () => {
    test.use({ javaScriptEnabled });

    test("a valid comment is stored pending and is not public", async ({ page, article }) => {
      const url = `/${article.sectionSlug}/${article.slug}`;
      await openArticle(page, url);
      const section = page.getByRole("region", { name: /Kommentar/ });
      await expect(
        section.getByRole("heading", { name: "Schreibe einen Kommentar" }),
      ).toBeVisible();
      await expect(
        section.getByText("Ihre E-Mail-Adresse wird nicht veröffentlicht.").first(),
      ).toBeVisible();
      const email = uniqueEmail("pending");
      const body = `Grüße aus Graz 👋 – ein Kommentar ${mode}.\nZweite Zeile.`;
      const form = await fillComment(page, { name: "Jürgen Öller", email, body });
      await takeTimeToWrite();
      await form.getByRole("button", { name: "Kommentar absenden" }).click();
      await expect(
        page.getByText("Danke für Ihren Kommentar! Er wird veröffentlicht"),
      ).toBeVisible();
      await expect(page.locator(".comment-form__echo")).toHaveText(body);

      const stored = storedComments(article.id, email);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ status: "pending", author_name: "Jürgen Öller", body });
      expect(stored[0]!.ip_hash).toMatch(/^[0-9a-f]{64}$/);

      const html = await (await page.request.get(url)).text();
      expect(html).not.toContain("ein Kommentar");
      expect(html).not.toContain(email);
    });

    test("every validation error has its German message and the typed values stay", async ({
      page,
      article,
    }) => {
      await openArticle(page, `/${article.sectionSlug}/${article.slug}`);
      const form = await fillComment(page, { name: "A", email: "keine-adresse", body: "x" });
      await takeTimeToWrite();
      await form.getByRole("button", { name: "Kommentar absenden" }).click();
      await expect(page.getByText("Bitte korrigieren Sie die markierten Angaben.")).toBeVisible();
      await expect(
        page.getByText("Bitte geben Sie Ihren Namen an (mindestens 2 Zeichen)."),
      ).toBeVisible();
      await expect(page.getByText(/Bitte geben Sie eine gültige E-Mail-Adresse an/)).toBeVisible();
      await expect(
        page.getByText("Bitte schreiben Sie einen Kommentar (mindestens 2 Zeichen)."),
      ).toBeVisible();
      const again = page.getByRole("form", { name: "Schreibe einen Kommentar" });
      await expect(again.getByLabel("Name")).toHaveValue("A");
      await expect(again.getByLabel("E-Mail")).toHaveValue("keine-adresse");
      await expect(again.getByLabel("Kommentar")).toHaveValue("x");
      await expect(again.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
      if (javaScriptEnabled) await expect(again.getByLabel("Name")).toBeFocused();
      expect(storedComments(article.id, "keine-adresse")).toHaveLength(0);

      // Too long is refused as well, with the limit in the message.
      await again.getByLabel("Name").fill("Lange Rede");
      await again.getByLabel("E-Mail").fill(uniqueEmail("long"));
      // The field's maxlength stops a browser; the server must refuse what gets past it.
      await again.getByLabel("Kommentar").evaluate((el) => el.removeAttribute("maxlength"));
      await again.getByLabel("Kommentar").fill("x".repeat(5001));
      await again.getByRole("button", { name: "Kommentar absenden" }).click();
      await expect(
        page.getByText("Ihr Kommentar ist zu lang: höchstens 5.000 Zeichen."),
      ).toBeVisible();
    });

    test("the honeypot publishes nothing", async ({ page, article }) => {
      await openArticle(page, `/${article.sectionSlug}/${article.slug}`);
      const botEmail = uniqueEmail("honeypot");
      const form = await fillComment(page, {
        name: "Bot",
        email: botEmail,
        body: "Kaufen Sie jetzt!",
      });
      await page
        .locator("#comment-website")
        .evaluate((el) => ((el as HTMLInputElement).value = "https://spam.example"));
      await takeTimeToWrite();
      await form.getByRole("button", { name: "Kommentar absenden" }).click();
      await expect(page.getByText("Danke für Ihren Kommentar!")).toBeVisible();
      expect(storedComments(article.id, botEmail)).toHaveLength(0);
    });

    test("a too-fast post is refused with its text kept, and goes through once the minimum fill time has passed since the form appeared", async ({
      page,
      article,
    }) => {
      // The clock runs from when this browser first showed the form (its image), not from when
      // the cached page was rendered.
      const fastEmail = uniqueEmail("fast");
      await openArticle(page, `/${article.sectionSlug}/${article.slug}`);
      const shownAt = Date.now();
      const form = await fillComment(page, {
        name: "Schnell",
        email: fastEmail,
        body: "Sofort abgeschickt.",
      });
      await form.getByRole("button", { name: "Kommentar absenden" }).click();
      await expect(
        page.getByText("Bitte senden Sie ihn in ein paar Sekunden noch einmal"),
      ).toBeVisible();
      expect(storedComments(article.id, fastEmail)).toHaveLength(0);
      await expect(form.getByLabel("Kommentar")).toHaveValue("Sofort abgeschickt.");

      // Sent again once the minimum fill time has passed since the form appeared: stored.
      await waitOutMinFillTime(shownAt);
      await form.getByRole("button", { name: "Kommentar absenden" }).click();
      await expect(page.getByText("Danke für Ihren Kommentar!")).toBeVisible();
      expect(storedComments(article.id, fastEmail)).toMatchObject([{ status: "pending" }]);
    });

    test("the rate limit answers in German, and a forged X-Forwarded-For entry does not reset it", async ({
      page,
      article,
    }) => {
      const url = `/${article.sectionSlug}/${article.slug}`;
      const proxySeen = uniqueClientAddress();
      await page.setExtraHTTPHeaders({ "X-Forwarded-For": proxySeen });
      await page.goto(url);
      let form = await fillComment(page, {
        name: "Erste",
        email: uniqueEmail("rate"),
        body: "Mein erster Beitrag.",
      });
      await takeTimeToWrite();
      await form.getByRole("button", { name: "Kommentar absenden" }).click();
      await expect(page.getByText("Danke für Ihren Kommentar!")).toBeVisible();

      // The client forges an address; the proxy appends the real one, which is what counts.
      await page.setExtraHTTPHeaders({
        "X-Forwarded-For": `203.0.113.${Math.floor(Math.random() * 200)}, ${proxySeen}`,
      });
      await page.goto(url);
      const second = uniqueEmail("rate");
      form = await fillComment(page, { name: "Zweite", email: second, body: "Gleich noch einer." });
      await takeTimeToWrite();
      await form.getByRole("button", { name: "Kommentar absenden" }).click();
      await expect(page.getByText(/Bitte warten Sie 15 Sekunden/)).toBeVisible();
      expect(storedComments(article.id, second)).toHaveLength(0);
      await expect(
        page.getByRole("form", { name: "Schreibe einen Kommentar" }).getByLabel("Kommentar"),
      ).toHaveValue("Gleich noch einer.");
    });

    test("a reply nests under the comment it answers", async ({ page, claimArticle }) => {
      // An article with an approved thread that already has an approved reply.
      const article = claimArticle(
        `EXISTS (SELECT 1 FROM comments c JOIN comments p ON p.id = c.parent_id
           WHERE c.article_id = a.id AND c.status = 'approved' AND p.status = 'approved')`,
      );
      const parent = testDb()
        .prepare(
          `SELECT id, author_name AS name FROM comments
           WHERE article_id = ? AND status = 'approved' AND depth = 0 ORDER BY id LIMIT 1`,
        )
        .get(article.id) as { id: number; name: string };
      await openArticle(page, `/${article.sectionSlug}/${article.slug}`);
      const comment = page.locator(`#kommentar-${parent.id}`);
      await comment
        .getByRole("link", { name: `Antworten auf den Kommentar von ${parent.name}` })
        .click();
      const form = page.getByRole("form", { name: `Antwort an ${parent.name}` });
      await expect(form).toBeVisible();
      if (!javaScriptEnabled)
        await expect(page).toHaveURL(new RegExp(`\\?antworten=${parent.id}#kommentar-formular$`));
      const email = uniqueEmail("reply");
      await form.getByLabel("Name").fill("Antwortende");
      await form.getByLabel("E-Mail").fill(email);
      await form.getByLabel("Kommentar").fill("Da muss ich widersprechen.");
      await takeTimeToWrite();
      await form.getByRole("button", { name: "Antwort absenden" }).click();
      await expect(page.getByText("Danke für Ihren Kommentar!")).toBeVisible();
      const [stored] = storedComments(article.id, email);
      expect(stored).toMatchObject({ parent_id: parent.id, depth: 1, status: "pending" });

      // Seeded replies show inside their parent's thread.
      const reply = testDb()
        .prepare(
          `SELECT c.id, c.parent_id AS parentId FROM comments c JOIN comments p ON p.id = c.parent_id
           WHERE c.article_id = ? AND c.status = 'approved' AND p.status = 'approved' LIMIT 1`,
        )
        .get(article.id) as { id: number; parentId: number };
      await expect(
        page.locator(`li:has(> #kommentar-${reply.parentId}) > ol #kommentar-${reply.id}`),
      ).toHaveCount(1);
    });
  });
}

test("a returning commenter is approved at once under auto-approve; markup stays text", async ({
  page,
  article,
  claimArticle,
}) => {
  const email = uniqueEmail("returning");
  const writer = testDbWriter();
  writer
    .prepare(
      "INSERT INTO settings (key, value) VALUES ('comments', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .run(JSON.stringify({ blocklist: [], autoApprove: true, closeAfterDays: null }));
  // An earlier approved comment of this reader, elsewhere, from the same client: a known
  // e-mail address alone is not enough (db/queries/comments.test.ts tries the other cases).
  const other = claimArticle();
  const client = uniqueClientAddress();
  writer
    .prepare(
      `INSERT INTO comments (article_id, author_name, author_email, body, status, created_at, ip_hash)
       VALUES (?, 'Stammleserin', ?, 'Früher schon einmal.', 'approved', ?, ?)`,
    )
    .run(other.id, email, Date.now() - 86_400_000, await clientHash(page, client, article.id));

  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const url = `/${article.sectionSlug}/${article.slug}`;
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": client });
  await page.goto(url);
  const name = `<img src=x onerror="alert('name')">Stammleserin`;
  const marker = `Kennung ${Math.random().toString(36).slice(2, 10)}`;
  const body = `<script>alert("xss")</script> Siehe <a href="javascript:alert(1)">hier</a> und https://example.org/quelle ${marker}`;
  const form = await fillComment(page, { name, email, body });
  await takeTimeToWrite();
  await form.getByRole("button", { name: "Kommentar absenden" }).click();
  await expect(
    page.getByText("Danke für Ihren Kommentar! Er ist jetzt veröffentlicht."),
  ).toBeVisible();

  await page.goto(url);
  const shown = page.locator(".comment__card").filter({ hasText: marker });
  await expect(shown).toHaveCount(1);
  await expect(shown.locator(".comment__author")).toHaveText(name);
  await expect(shown.locator(".comment__body")).toContainText('<script>alert("xss")</script>');
  await expect(shown.locator(".comment__body a")).toHaveAttribute(
    "href",
    "https://example.org/quelle",
  );
  await expect(shown.locator(".comment__body a")).toHaveAttribute("rel", "nofollow ugc noopener");
  expect(dialogs).toEqual([]);
  const html = await (await page.request.get(url)).text();
  expect(html).not.toContain(email);
  expect(html).not.toContain("<script>alert");
  writer
    .prepare("UPDATE settings SET value = ? WHERE key = 'comments'")
    .run(JSON.stringify({ blocklist: [], autoApprove: false, closeAfterDays: null }));
});

test("no commenter's e-mail address appears in the public HTML", async ({ request }) => {
  const busy = testDb()
    .prepare(
      `SELECT a.id, a.slug, s.slug AS sectionSlug FROM articles a JOIN sections s ON s.id = a.section_id
       WHERE ${PUBLIC} ORDER BY a.comment_count DESC LIMIT 3`,
    )
    .all() as { id: number; slug: string; sectionSlug: string }[];
  for (const a of busy) {
    const html = await (await request.get(`/${a.sectionSlug}/${a.slug}`)).text();
    const emails = testDb()
      .prepare("SELECT DISTINCT author_email AS e FROM comments WHERE article_id = ?")
      .all(a.id) as { e: string }[];
    expect(emails.length).toBeGreaterThan(0);
    for (const { e } of emails) expect(html).not.toContain(e);
    expect(html).not.toMatch(/[\w.+-]+@example\.(org|com|net)/);
  }
});

test("approved comments show with their count, oldest first, 50 threads a page", async ({
  page,
  claimArticle,
}) => {
  // One of the busiest articles, claimed so that no other test comments on it meanwhile.
  const TOP_LEVEL = `(SELECT COUNT(*) FROM comments c
    WHERE c.article_id = a.id AND c.status = 'approved' AND c.depth = 0)`;
  const article = claimArticle(
    `${TOP_LEVEL} >= (SELECT MAX(${TOP_LEVEL}) FROM articles a WHERE ${PUBLIC}) - 10`,
  );
  const busiest = {
    ...article,
    ...(testDb()
      .prepare(
        `SELECT a.comment_count AS approved, ${TOP_LEVEL} AS top FROM articles a WHERE a.id = ?`,
      )
      .get(article.id) as { approved: number; top: number }),
  };
  const url = `/${busiest.sectionSlug}/${busiest.slug}`;
  await page.goto(url);
  await expect(
    page.getByRole("heading", { level: 2, name: `${busiest.approved} Kommentare` }),
  ).toBeVisible();
  const times = await page
    .locator(".comment-list:not(.comment-list--replies) > li > article time")
    .evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute("datetime")!)));
  expect(times.length).toBe(Math.min(50, busiest.top));
  expect([...times].sort((a, b) => a - b)).toEqual(times);
  if (busiest.top > 50) {
    const nav = page.getByRole("navigation", { name: "Kommentarseiten" });
    await nav.getByRole("link", { name: /Nächste Seite/ }).click();
    await expect(page).toHaveURL(new RegExp(`${url}\\?kommentare=2#kommentare$`));
    await expect(page.locator(".comment-list:not(.comment-list--replies) > li")).toHaveCount(
      busiest.top - 50,
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`${url}$`),
    );
  }
});

test("a closed discussion shows a note instead of the form, and the action refuses posts", async ({
  page,
  article: open,
}) => {
  const closed = oneArticle(`${PUBLIC} AND a.comments_closed = 1 ORDER BY a.id`);
  await openArticle(page, `/${closed.sectionSlug}/${closed.slug}`);
  await expect(page.getByText("Die Diskussion zu diesem Artikel ist geschlossen.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Schreibe einen Kommentar" })).toHaveCount(0);

  // The form of another article, pointed at the closed one, is refused.
  await openArticle(page, `/${open.sectionSlug}/${open.slug}`);
  const email = uniqueEmail("closed");
  const tokenArrived = page.waitForResponse((r) => r.url().includes("/api/kommentar-token"));
  const form = await fillComment(page, { name: "Zu spät", email, body: "Darf ich noch?" });
  await takeTimeToWrite();
  // Only once the form has its token: React renders the form again then, and puts its own
  // article id back into the hidden field.
  await tokenArrived;
  await page
    .locator('input[name="articleId"]')
    .evaluate((el, id) => ((el as HTMLInputElement).value = String(id)), closed.id);
  await form.getByRole("button", { name: "Kommentar absenden" }).click();
  await expect(page.getByText("Die Diskussion zu diesem Artikel ist geschlossen.")).toBeVisible();
  expect(storedComments(closed.id, email)).toHaveLength(0);
});
