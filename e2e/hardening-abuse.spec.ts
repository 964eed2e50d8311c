import { test, expect } from "./fixtures";
import { testDb, uniqueClientAddress, uniqueEmail, type TestArticle } from "./db";
import { THROTTLE } from "@/lib/auth/throttle";
import {
  decodeEntities,
  multipart,
  readForm,
  request as rawRequest,
  setCookie,
  type Reply,
  type RequestOptions,
} from "@/lib/testing/http";
import { COMMENT_FORM, waitOutMinFillTime } from "./comment-form";
import { E2E_BASE_URL, E2E_MIN_FILL_MS } from "./env";

// What a stranger can do against the comment form and the login, tried as a bot would: raw HTTP
// posts the moment a page arrives, bursts of parallel logins, words smuggled into admin URLs.

const TOO_FAST = "Bitte senden Sie ihn in ein paar Sekunden noch einmal";
const THANKS = 'class="notice notice--success"';

/** A request to the e2e server as a bot sends it: no cookies but those it chooses. */
const request = (path: string, options?: RequestOptions) => rawRequest(E2E_BASE_URL, path, options);

function stored(email: string): string[] {
  return (
    testDb().prepare("SELECT status FROM comments WHERE author_email = ?").all(email) as {
      status: string;
    }[]
  ).map((r) => r.status);
}

/** "name=value" of the form-start cookie a response sets, if it sets one. */
function startCookie(reply: Reply): string | undefined {
  return setCookie(reply.headers, "kiosk_kommentar_start");
}

/** A bot's view of an article: the cached page, its form fields, and the form's image URL. */
async function fetchForm(article: TestArticle, client: string) {
  const page = await request(`/${article.sectionSlug}/${article.slug}`, {
    headers: { "X-Forwarded-For": client },
  });
  expect(page.status).toBe(200);
  const form = readForm(page.body, COMMENT_FORM);
  const image = /<img[^>]*class="comment-form__start"[^>]*src="([^"]+)"/.exec(page.body)?.[1];
  return {
    article,
    page,
    action: form.action,
    fields: form.hidden,
    image: image === undefined ? undefined : decodeEntities(image),
  };
}

async function post(
  form: Awaited<ReturnType<typeof fetchForm>>,
  client: string,
  email: string,
  cookie?: string,
): Promise<Reply> {
  const { body, contentType } = multipart({
    ...form.fields,
    name: "Eilige Leserin",
    email,
    body: `Ein Kommentar von ${email}.`,
    website: "",
  });
  return request(form.action, {
    method: "POST",
    headers: {
      "Content-Type": contentType,
      Origin: E2E_BASE_URL,
      "X-Forwarded-For": client,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body,
  });
}

test.describe("minimum fill time without JavaScript", () => {
  test("a bot posting right after fetching the cached page stores nothing", async ({ article }) => {
    const client = uniqueClientAddress();
    const form = await fetchForm(article, client);
    // The cached page carries no clock of its own any more: no token, no cookie.
    expect(form.fields.token ?? "").toBe("");
    expect(form.page.headers["set-cookie"]).toBeUndefined();

    const plain = uniqueEmail("bot-sofort");
    const reply = await post(form, client, plain);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain(TOO_FAST);
    expect(reply.body).not.toContain(THANKS);
    expect(stored(plain)).toEqual([]);

    // Fetching the form's image as a browser would does not help a bot that posts at once.
    const image = await request(form.image!, { headers: { "X-Forwarded-For": client } });
    const withCookie = uniqueEmail("bot-bild");
    const again = await post(form, client, withCookie, startCookie(image));
    expect(again.body).toContain(TOO_FAST);
    expect(stored(withCookie)).toEqual([]);
  });

  test("a reader who takes the minimum fill time is stored, counted from the form's image", async ({
    article,
  }) => {
    const client = uniqueClientAddress();
    const form = await fetchForm(article, client);
    const image = await request(form.image!, { headers: { "X-Forwarded-For": client } });
    const shownAt = Date.now();
    expect(image.status).toBe(200);
    expect(image.headers["content-type"]).toBe("image/gif");
    expect(image.headers["cache-control"]).toContain("no-store");
    const cookieHeader = [image.headers["set-cookie"]].flat().join("\n");
    expect(cookieHeader).toMatch(
      new RegExp(
        `kiosk_kommentar_start=[^;]+;.*Path=/${form.article.sectionSlug}/${form.article.slug}`,
      ),
    );
    expect(cookieHeader).toMatch(/HttpOnly/i);
    const cookie = startCookie(image)!;

    // Loading the image again keeps the first start.
    const reload = await request(form.image!, {
      headers: { "X-Forwarded-For": client, Cookie: cookie },
    });
    expect(startCookie(reload)).toBeUndefined();

    await waitOutMinFillTime(shownAt);
    const email = uniqueEmail("mensch");
    const reply = await post(form, client, email, cookie);
    expect(reply.body).toContain(THANKS);
    expect(stored(email)).toEqual(["pending"]);
  });

  test("a browser that loads no images gets its start from the refused post and succeeds on sending again", async ({
    article,
  }) => {
    const client = uniqueClientAddress();
    const form = await fetchForm(article, client);
    await waitOutMinFillTime();
    const email = uniqueEmail("textbrowser");
    const first = await post(form, client, email);
    expect(first.body).toContain(TOO_FAST);
    // The refused post keeps the text for sending again.
    expect(first.body).toContain(`Ein Kommentar von ${email}.`);
    const cookie = startCookie(first);
    expect(cookie).toBeTruthy();
    expect(stored(email)).toEqual([]);

    await waitOutMinFillTime();
    const second = await post(form, client, email, cookie);
    expect(second.body).toContain(THANKS);
    expect(stored(email)).toEqual(["pending"]);
  });

  test("the article page stays cached and cookie-free", async ({ article }) => {
    const path = `/${article.sectionSlug}/${article.slug}`;
    const first = await request(path);
    const second = await request(path);
    for (const reply of [first, second]) {
      expect(reply.headers["cache-control"]).toMatch(
        /public.*s-maxage=\d+.*stale-while-revalidate=\d+/,
      );
      expect(reply.headers["set-cookie"]).toBeUndefined();
    }
    expect(second.headers["cache-control"]).toBe(first.headers["cache-control"]);
    expect(second.headers["x-nextjs-cache"] ?? "HIT").toBe("HIT");
  });
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`a reader ${javaScriptEnabled ? "with" : "without"} JavaScript who corrects a field`, () => {
    test.use({ javaScriptEnabled });

    test("is accepted at once: the error answer does not restart the clock", async ({
      page,
      article,
    }) => {
      await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientAddress() });
      await page.goto(`/${article.sectionSlug}/${article.slug}`);
      const form = page.getByRole("form", { name: "Schreibe einen Kommentar" });
      const email = uniqueEmail("korrektur");
      await form.getByLabel("Name").fill("Korrigierende");
      await form.getByLabel("E-Mail").fill("keine-adresse");
      await form.getByLabel("Kommentar").fill("Erst falsch, dann richtig.");
      await waitOutMinFillTime();
      await form.getByRole("button", { name: "Kommentar absenden" }).click();
      await expect(page.getByText(/Bitte geben Sie eine gültige E-Mail-Adresse an/)).toBeVisible();

      const fixedAt = Date.now();
      await form.getByLabel("E-Mail").fill(email);
      await form.getByRole("button", { name: "Kommentar absenden" }).click();
      await expect(page.getByText("Danke für Ihren Kommentar!")).toBeVisible();
      // Sent and answered within the minimum fill time of the error answer, and stored.
      expect(Date.now() - fixedAt).toBeLessThan(E2E_MIN_FILL_MS);
      expect(stored(email)).toEqual(["pending"]);
    });
  });
}

/**
 * How many attempts the throttle lets through one after another within `ms`: the free ones at
 * once, then each after the doubling wait (lib/auth/throttle.ts).
 */
function sequentialAllowance(ms: number): number {
  let allowed = THROTTLE.freeAttempts;
  let at = 0;
  for (let wait: number = THROTTLE.baseDelayMs; ; wait = Math.min(wait * 2, THROTTLE.maxDelayMs)) {
    at += wait;
    if (at > ms) return allowed;
    allowed++;
  }
}

test("parallel wrong logins: no more passwords checked than one after another", async () => {
  // An unknown user is checked against a dummy hash at the product's full scrypt cost.
  test.setTimeout(60_000);
  const client = uniqueClientAddress();
  const username = `niemand-${Date.now().toString(36)}`;
  const loginPage = await request("/admin/login");
  const fields = readForm(loginPage.body, 'id="login-title"').hidden;
  const started = Date.now();
  const replies = await Promise.all(
    Array.from({ length: 10 }, () => {
      const { body, contentType } = multipart({ ...fields, username, password: "falsch-geraten" });
      return request("/admin/login", {
        method: "POST",
        headers: { "Content-Type": contentType, Origin: E2E_BASE_URL, "X-Forwarded-For": client },
        body,
      });
    }),
  );
  const elapsed = Date.now() - started;
  const checked = replies.filter((r) => r.body.includes("Benutzername oder Passwort ist falsch"));
  const throttled = replies.filter((r) => r.body.includes("Zu viele Fehlversuche"));
  expect(checked.length + throttled.length).toBe(10);
  expect(checked.length).toBeGreaterThanOrEqual(THROTTLE.freeAttempts);
  expect(checked.length, `${elapsed} ms`).toBeLessThanOrEqual(sequentialAllowance(elapsed));
  test.info().annotations.push({
    type: "login burst",
    description: `10 parallel: ${checked.length} checked, ${throttled.length} throttled in ${elapsed} ms`,
  });
});

test.describe("admin notices", () => {
  test("come from codes; text in the URL is never shown", async ({ adminPage }) => {
    await adminPage.goto("/admin/kommentare?ok=freigegeben&n=3");
    await expect(adminPage.getByText("3 Kommentare freigegeben.")).toBeVisible();
    await adminPage.goto(
      `/admin/kommentare?ok=${encodeURIComponent("Ihr Konto ist gesperrt. Rufen Sie 0900 123 an.")}`,
    );
    await expect(adminPage.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(adminPage.getByText("Ihr Konto ist gesperrt")).toHaveCount(0);
    await adminPage.goto(
      `/admin/einstellungen?fehler=${encodeURIComponent("Passwort abgelaufen")}`,
    );
    await expect(adminPage.getByText("Passwort abgelaufen")).toHaveCount(0);
    // The settings page says what auto-approval trusts.
    await expect(
      adminPage.getByText(/Eine bekannte E-Mail-Adresse allein genügt nicht/),
    ).toBeVisible();
  });
});
