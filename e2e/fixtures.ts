import { test as base, type Cookie, type Page } from "@playwright/test";
import { ADMIN, logIn } from "./admin";
import { E2E_BASE_URL } from "./env";

// A sign-in costs a scrypt hash at OWASP's parameters (N=2^17: about 3 s on a loaded 2-core
// machine). Tests that are about something else than signing in reuse one admin session per
// worker instead of paying for it again; the login itself is tested in moderate.spec.ts, and
// this fixture signs in through the same form.
export const test = base.extend<{ adminPage: Page }, { adminCookies: Cookie[] }>({
  adminCookies: [
    async ({ browser }, provide) => {
      const context = await browser.newContext({ baseURL: E2E_BASE_URL });
      const page = await context.newPage();
      await logIn(page, ADMIN);
      const cookies = await context.cookies();
      await context.close();
      await provide(cookies);
    },
    { scope: "worker" },
  ],
  /** The test's own page, signed in as the first admin (with whatever options the test uses). */
  adminPage: async ({ page, adminCookies }, provide) => {
    await page.context().addCookies(adminCookies);
    await provide(page);
  },
});

export { expect } from "@playwright/test";
