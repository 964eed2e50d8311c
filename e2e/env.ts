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

/**
 * scrypt cost of the staff passwords the e2e database gets (the product hashes at OWASP's
 * N=2^17, 128 MiB and about a second per sign-in on this kind of machine). Hashes carry their
 * parameters, so the product verifies these as it would any older hash; only the test
 * database holds them, and lib/auth/password.test.ts pins the product's own cost.
 */
export const E2E_SCRYPT = { N: 2 ** 14, r: 8, p: 1 } as const;
