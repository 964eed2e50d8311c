import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { env } from "@/lib/env";

// Staff settings and the site's secret, in the settings table (key → JSON value).

export interface CommentSettings {
  /** Words or phrases that mark a comment as spam. */
  blocklist: string[];
  /** Approve at once when the e-mail address already has an approved comment. */
  autoApprove: boolean;
  /** Close discussions on articles older than this many days; null = never. */
  closeAfterDays: number | null;
}

export const DEFAULT_COMMENT_SETTINGS: CommentSettings = {
  blocklist: [],
  autoApprove: false,
  closeAfterDays: null,
};

function readSetting<T>(key: string, fallback: T): T {
  const row = getDb().$client.prepare("SELECT value FROM settings WHERE key = ?").get(key) as
    { value: string } | undefined;
  if (!row) return fallback;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return fallback;
  }
}

export function writeSetting(key: string, value: unknown): void {
  getDb()
    .$client.prepare(
      "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .run(key, JSON.stringify(value));
}

export function getCommentSettings(): CommentSettings {
  return { ...DEFAULT_COMMENT_SETTINGS, ...readSetting<Partial<CommentSettings>>("comments", {}) };
}

export function saveCommentSettings(settings: CommentSettings): void {
  writeSetting("comments", settings);
}

let secretCache: string | undefined;

/** SECRET_KEY, or a random key generated once and kept in the database. */
export function getSecretKey(): string {
  if (env.secretKey) return env.secretKey;
  if (secretCache) return secretCache;
  const db = getDb().$client;
  db.prepare("INSERT OR IGNORE INTO settings (key, value) VALUES ('secret_key', ?)").run(
    JSON.stringify(randomBytes(32).toString("base64url")),
  );
  secretCache = readSetting<string>("secret_key", "");
  return secretCache;
}
