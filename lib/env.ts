// The one place that reads process.env. Everything else imports from here.
import path from "node:path";

function readPort(): number {
  const raw = process.env.PORT;
  const port = raw ? Number.parseInt(raw, 10) : 3000;
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : 3000;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

export const env = {
  get port(): number {
    return readPort();
  },
  get databasePath(): string {
    // turbopackIgnore: the database is data, not code to trace into the server bundle.
    return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || "data/kiosk.db");
  },
  get siteUrl(): string {
    return trimSlash(process.env.SITE_URL || `http://localhost:${readPort()}`);
  },
  get siteName(): string {
    return process.env.SITE_NAME || "Kiosk";
  },
  get adminPassword(): string | undefined {
    return process.env.ADMIN_PASSWORD || undefined;
  },
  get secretKey(): string | undefined {
    return process.env.SECRET_KEY || undefined;
  },
  /**
   * The comment form's minimum fill time in ms (lib/form-token.ts): 3 s by default, 0..60000.
   * The e2e suite sets it low so no test waits on a fixed timer; a site has no reason to change it.
   */
  get commentMinFillMs(): number {
    const raw = process.env.COMMENT_MIN_FILL_MS;
    const ms = raw && /^[0-9]{1,5}$/.test(raw) ? Number(raw) : 3_000;
    return ms <= 60_000 ? ms : 3_000;
  },
  get trustProxy(): boolean {
    const v = (process.env.TRUST_PROXY ?? "").toLowerCase();
    return v !== "" && v !== "0" && v !== "false" && v !== "off";
  },
};
