import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { env } from "./lib/env";
import {
  E2E_ADMIN_PASSWORD,
  E2E_ARTICLES,
  E2E_BASE_URL,
  E2E_DATABASE,
  E2E_MIN_FILL_MS,
  E2E_PORT,
} from "./e2e/env";

// Debian's Chromium when present (this machine and CI); Playwright's own browser elsewhere.
const chromiumPath =
  env.chromiumPath ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  // A stray test.only must fail CI, not silently skip the rest of the suite.
  forbidOnly: env.ci,
  workers: 2,
  retries: 0,
  // The slowest-tests table first, so Playwright's own summary line is the last thing printed.
  reporter: [["./e2e/slowest-reporter.ts"], ["list"]],
  timeout: 30_000,
  use: {
    baseURL: E2E_BASE_URL,
    locale: "de-AT",
    timezoneId: "Europe/Vienna",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A production build with its own temporary database and port.
    command: "node --import tsx scripts/e2e-server.ts",
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !env.ci,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(E2E_PORT),
      DATABASE_PATH: E2E_DATABASE,
      SITE_URL: E2E_BASE_URL,
      // The tests play the proxy: each sends its own X-Forwarded-For, so per-client rate limits
      // stay per test (rate-limit tests check that forged entries do not help).
      TRUST_PROXY: "1",
      // A test-only password for the first admin (not a secret: the database is temporary).
      ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      SEED_ARTICLES: String(E2E_ARTICLES),
      // Tests that post the comment form wait this long, not the product's 3 s (see e2e/env.ts).
      COMMENT_MIN_FILL_MS: String(E2E_MIN_FILL_MS),
      NEXT_DIST_DIR: ".next-e2e",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
