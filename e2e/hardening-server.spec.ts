import Database from "better-sqlite3";
import { multipart, request as rawRequest, runConcurrently } from "@/lib/testing/http";
import { diskUse, unknownUrls } from "@/lib/testing/unknown-urls";
import { PUBLIC, articlesWhere, uniqueClientAddress, uniqueEmail } from "./db";
import { commentForm, commentsBy, waitOutMinFillTime } from "./comment-form";
import { E2E_BASE_URL } from "./env";
import { expect, test } from "./fixtures";
import { ownServerPort, startServer, stopServer, tempDatabase } from "./server-process";

// What a stranger can do to the HTTP server itself: fill Next's cache on disk with unknown URLs,
// get answers without the security headers, or send an oversized body in chunks.

const NOT_FOUND_HEADING = "<h1>Seite nicht gefunden</h1>";

test("a burst of distinct unknown URLs leaves Next's caches on disk as they were", async () => {
  // It starts a production server of its own (build copy, migrations, seed) before the burst:
  // 10–13 s here, more on a loaded machine.
  test.setTimeout(180_000);
  // A server of its own, so no other test's pages land in the cache while this one measures.
  const server = await startServer(ownServerPort(8), tempDatabase("unknown-urls"));
  try {
    const db = new Database(server.database, { readonly: true });
    const { slug, sectionSlug } = db
      .prepare(
        `SELECT a.slug, s.slug AS sectionSlug FROM articles a JOIN sections s ON s.id = a.section_id
         WHERE ${PUBLIC} ORDER BY a.published_at DESC LIMIT 1`,
      )
      .get() as { slug: string; sectionSlug: string };
    db.close();
    const kinds = Object.entries(unknownUrls(`/${sectionSlug}/${slug}`));
    const get = (url: string) => rawRequest(server.origin, url);
    // One of each first: whatever a first request sets up once is not what this test is about.
    for (const [, make] of kinds) await get(make("warm-up", 0));
    await new Promise((r) => setTimeout(r, 1_000));

    const dist = `.next-e2e-${server.port}`;
    const before = diskUse(dist);
    const perKind = 40;
    const run = Date.now().toString(36);
    const wrong: string[] = [];
    await runConcurrently(kinds.length * perKind, 8, async (n) => {
      const k = Math.floor(n / perKind);
      const i = n % perKind;
      const [kind, make] = kinds[k]!;
      const url = make(`u${run}k${k}n${i}`, i);
      const reply = await get(url);
      const cacheControl = reply.headers["cache-control"];
      if (
        reply.status !== 404 ||
        !reply.body.includes(NOT_FOUND_HEADING) ||
        cacheControl !== "no-store"
      ) {
        wrong.push(`${kind} ${url} → ${reply.status}, Cache-Control: ${cacheControl}`);
      }
    });
    // Next writes its cache entries after it has answered.
    await new Promise((r) => setTimeout(r, 2_000));
    const after = diskUse(dist);
    expect(after, `${dist} after ${kinds.length * perKind} unknown URLs`).toEqual(before);
    expect(wrong, "each kind answers the site's 404 page with status 404, never stored").toEqual(
      [],
    );
    test.info().annotations.push({
      type: "unknown URLs",
      description: `${kinds.length * perKind} URLs of ${kinds.length} kinds; ${dist}: ${before.files} files, ${before.bytes} bytes before and after`,
    });
  } finally {
    await stopServer(server);
  }
});

test("unknown URLs of every kind show the site's own 404 page in the browser", async ({ page }) => {
  const [article] = articlesWhere(`${PUBLIC} ORDER BY a.published_at DESC LIMIT 1`);
  const run = Date.now().toString(36);
  for (const [kind, make] of Object.entries(
    unknownUrls(`/${article!.sectionSlug}/${article!.slug}`),
  )) {
    const url = make(`b${run}`, 7);
    const response = await page.goto(url);
    expect(response?.status(), kind).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), kind).toHaveText("Seite nicht gefunden");
    await expect(page.getByRole("navigation", { name: "Ressorts" }), kind).toBeVisible();
  }
});

test("the files of public/ and the site's own routes still answer", async ({ request }) => {
  for (const url of ["/favicon.ico", "/humans.txt", "/robots.txt", "/icon.svg", "/api/health"]) {
    expect((await request.get(url)).status(), url).toBe(200);
  }
});

test("an article under another Ressort still redirects, with its query", async ({ request }) => {
  const [article] = articlesWhere(
    `${PUBLIC} AND s.slug != 'sport' ORDER BY a.published_at DESC LIMIT 1`,
  );
  const response = await request.get(`/sport/${article!.slug}?kommentare=2`, {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe(
    `/${article!.sectionSlug}/${article!.slug}?kommentare=2`,
  );
});

const COMMON = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

function expectSecurityHeaders(headers: Record<string, string>, label: string, admin = false) {
  expect(headers, label).toMatchObject(COMMON);
  expect(headers["permissions-policy"], label).toContain("camera=()");
  expect(headers["x-powered-by"], label).toBeUndefined();
  expect(headers["cache-control"], label).toBe("no-store");
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'"]) {
    expect(csp, `${label}: ${directive}`).toContain(directive);
  }
  expect(csp, label).toContain(admin ? "frame-ancestors 'none'" : "frame-ancestors 'self'");
  expect(headers["x-frame-options"], label).toBe(admin ? "DENY" : "SAMEORIGIN");
}

test("the server's own answers carry the security headers", async ({ request }) => {
  const badPath = await request.get("/%E0%A4%A", { maxRedirects: 0 });
  expect(badPath.status()).toBe(400);
  expectSecurityHeaders(badPath.headers(), "400");

  const tooLarge = await request.post("/politik", {
    headers: { "Content-Type": "text/plain" },
    data: "x".repeat(100 * 1024),
  });
  expect(tooLarge.status()).toBe(413);
  expectSecurityHeaders(tooLarge.headers(), "413");

  const foreign = await request.post("/admin/login", {
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.test" },
    data: "username=a&password=b",
  });
  expect(foreign.status()).toBe(403);
  expectSecurityHeaders(foreign.headers(), "403 (admin)", true);

  const unknown = await request.get("/gibt-es-wirklich-nicht", { maxRedirects: 0 });
  expect(unknown.status()).toBe(404);
  expectSecurityHeaders(unknown.headers(), "404");
});

test("a comment sent in chunks: 413 over the limit, stored as usual under it", async ({
  request,
  article,
}) => {
  const form = await commentForm(request, article);
  await waitOutMinFillTime();
  const post = (email: string, text: string) => {
    const { body, contentType } = multipart({
      ...form.fields,
      articleId: String(form.article.id),
      token: form.token,
      website: "",
      name: "Erika Stückweise",
      email,
      body: text,
    });
    // In chunks, with no Content-Length: the length is known only at the body's end.
    return rawRequest(E2E_BASE_URL, form.path, {
      method: "POST",
      headers: {
        "Content-Type": contentType,
        Origin: E2E_BASE_URL,
        "X-Forwarded-For": uniqueClientAddress(),
      },
      body,
      chunkSize: 8 * 1024,
    });
  };

  const bigEmail = uniqueEmail("chunked-gross");
  const big = await post(bigEmail, "x".repeat(100 * 1024));
  expect(big.status).toBe(413);
  expect(big.body).toContain("Die Anfrage ist zu groß.");
  expectSecurityHeaders(big.headers as Record<string, string>, "chunked 413");
  expect(commentsBy(bigEmail)).toBe(0);

  // Under the limit the same way of sending reaches the comment form whole.
  const smallEmail = uniqueEmail("chunked-klein");
  const small = await post(smallEmail, "Ein Kommentar, in Stücken geschickt.");
  expect(small.status).toBeLessThan(400);
  expect(small.body).toContain('class="notice notice--success"');
  expect(commentsBy(smallEmail)).toBe(1);
});
