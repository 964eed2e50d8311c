import { expect, test } from "@playwright/test";
import { logIn } from "./admin";
import { articlesWhere, PUBLIC } from "./db";
import { request as rawRequest } from "@/lib/testing/http";
import { ownServerPort, startServer, stopServer, tempDatabase } from "./server-process";

const COMMON = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

test("every public page type carries the security headers and a static CSP", async ({
  request,
}) => {
  const [article] = articlesWhere(`${PUBLIC} ORDER BY a.published_at DESC LIMIT 1`);
  const pages = [
    "/",
    "/politik",
    "/politik/seite/2",
    `/${article!.sectionSlug}/${article!.slug}`,
    "/suche?q=wien",
    "/info/impressum",
    "/gibt-es-nicht",
    "/api/health",
    `/bilder/politik-1.svg`,
  ];
  for (const url of pages) {
    const response = await request.get(url, { maxRedirects: 0 });
    const h = response.headers();
    expect(h, url).toMatchObject(COMMON);
    expect(h["permissions-policy"], url).toContain("camera=()");
    expect(h["x-powered-by"], url).toBeUndefined();
    // Plain HTTP here: no HSTS.
    expect(h["strict-transport-security"], url).toBeUndefined();
    if (!url.startsWith("/bilder/")) {
      const csp = h["content-security-policy"] ?? "";
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors",
      ]) {
        expect(csp, `${url}: ${directive}`).toContain(directive);
      }
      expect(csp, url).not.toContain("nonce-");
    }
  }
  // Cached public pages tell a CDN how long it may keep them.
  const page = await request.get(`/${article!.sectionSlug}/${article!.slug}`);
  expect(page.headers()["cache-control"]).toMatch(
    /public.*s-maxage=\d+.*stale-while-revalidate=\d+/,
  );
});

test("the admin has a nonce CSP, may not be framed, and is never cached", async ({ page }) => {
  for (const url of ["/admin/login"]) {
    const response = await page.request.get(url);
    const h = response.headers();
    expect(h).toMatchObject(COMMON);
    expect(h["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
    );
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["cache-control"]).toContain("no-store");
  }
  // Two requests, two nonces; and the page works under it (scripts carry the nonce).
  const a = (await page.request.get("/admin/login")).headers()["content-security-policy"];
  const b = (await page.request.get("/admin/login")).headers()["content-security-policy"];
  expect(a).not.toBe(b);
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  await logIn(page);
  const queue = await page.request.get("/admin/kommentare");
  expect(queue.headers()["cache-control"]).toContain("no-store");
  expect(queue.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(errors).toEqual([]);
});

test("HSTS is sent when the site is served over HTTPS", async () => {
  const server = await startServer(ownServerPort(7), tempDatabase("hsts"), {
    SITE_URL: "https://kiosk.example",
  });
  try {
    const reply = await rawRequest(server.origin, "/");
    expect(reply.headers["strict-transport-security"]).toMatch(/max-age=\d{8}/);
  } finally {
    await stopServer(server);
  }
});
