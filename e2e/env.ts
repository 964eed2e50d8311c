import os from "node:os";
import path from "node:path";
import { env } from "../lib/env";

// Shared by the Playwright config (which starts the server) and the specs (which read the
// database to check what was stored).
export const E2E_PORT = env.e2ePort;
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATABASE = path.join(os.tmpdir(), `kiosk-e2e-${E2E_PORT}`, "kiosk.db");
export const E2E_ARTICLES = 400;
export const E2E_ADMIN_PASSWORD = "e2e-Redaktion-Passwort";
/** Which articles tests have taken in this run (e2e/claims.ts); emptied when a run starts. */
export const E2E_CLAIMS = path.join(os.tmpdir(), `kiosk-e2e-${E2E_PORT}-claims.db`);

/**
 * The comment form's minimum fill time on the e2e servers (COMMENT_MIN_FILL_MS; the product's
 * default is 3 s), so tests that post a form wait a fraction of that. The tests of the refusal
 * need the opposite: a browser that fills the form and sends it at once must beat it. That takes
 * 250–450 ms from the form's image to the post here with two workers, and a corrected field sent
 * again after an error answer up to 650 ms; 1.5 s leaves room for a slower machine.
 */
export const E2E_MIN_FILL_MS = 1_500;
/** How long a test waits before it posts a form it has just been shown: the minimum plus a margin. */
export const E2E_FILL_WAIT_MS = E2E_MIN_FILL_MS + 300;

/**
 * scrypt cost of the staff passwords the e2e database gets (the product hashes at OWASP's
 * N=2^17, 128 MiB and about a second per sign-in on this kind of machine). Hashes carry their
 * parameters, so the product verifies these as it would any older hash; only the test
 * database holds them, and lib/auth/password.test.ts pins the product's own cost.
 */
export const E2E_SCRYPT = { N: 2 ** 14, r: 8, p: 1 } as const;
