import { test as base, type Cookie, type Page } from "@playwright/test";
import { ADMIN, logIn } from "./admin";
import { claimArticle } from "./claims";
import type { TestArticle } from "./db";
import { E2E_BASE_URL } from "./env";

interface TestFixtures {
  /** The test's own page, signed in as the first admin (with whatever options the test uses). */
  adminPage: Page;
  /**
   * A public article with comments open that no other test in this run uses (e2e/claims.ts), for
   * a test that writes to it: comments, moderation, pages it expects fresh in the cache.
   */
  article: TestArticle;
  /** Claims one more such article, optionally matching `where` (SQL over `a` and `s`). */
  claimArticle: (where?: string) => TestArticle;
}

export const test = base.extend<TestFixtures, { adminCookies: Cookie[] }>({
  // A sign-in costs a scrypt hash at OWASP's parameters (N=2^17: about 3 s on a loaded 2-core
  // machine). Tests that are about something else than signing in reuse one admin session per
  // worker instead of paying for it again; the login itself is tested in moderate.spec.ts, and
  // this fixture signs in through the same form.
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
  adminPage: async ({ page, adminCookies }, provide) => {
    await page.context().addCookies(adminCookies);
    await provide(page);
  },
  // Playwright reads a fixture's dependencies from the destructuring pattern: none here.
  claimArticle: async ({}, provide, testInfo) => {
    let n = 0;
    await provide((where) =>
      claimArticle(`${testInfo.titlePath.join(" › ")} (retry ${testInfo.retry}, #${++n})`, where),
    );
  },
  article: async ({ claimArticle }, provide) => {
    await provide(claimArticle());
  },
});

export { expect } from "@playwright/test";
