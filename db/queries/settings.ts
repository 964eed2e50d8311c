import "server-only";
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { settings } from "@/db/schema";
import { env } from "@/lib/env";
import type { Writer } from "@/db/client";
import { writeAudit } from "./audit";
import type { StaffMember } from "./staff";

// Staff settings and the site's secret, in the settings table (key → JSON value).

interface CommentSettings {
  /** Words or phrases that mark a comment as spam. */
  blocklist: string[];
  /** Approve at once when this e-mail address, from this client, already has an approved comment. */
  autoApprove: boolean;
  /** Close discussions on articles older than this many days; null = never. */
  closeAfterDays: number | null;
}

const DEFAULT_COMMENT_SETTINGS: CommentSettings = {
  blocklist: [],
  autoApprove: false,
  closeAfterDays: null,
};

const settingQuery = prepared((db) =>
  db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, sql.placeholder("key")))
    .prepare(),
);

function readSetting<T>(key: string, fallback: T): T {
  const row = settingQuery().get({ key });
  if (!row) return fallback;
  try {
    return JSON.parse(row.value) as T;
  } catch {
    return fallback;
  }
}

function writeSetting(db: Writer, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  db.insert(settings)
    .values({ key, value: json })
    .onConflictDoUpdate({ target: settings.key, set: { value: json } })
    .run();
}

export function getCommentSettings(): CommentSettings {
  return { ...DEFAULT_COMMENT_SETTINGS, ...readSetting<Partial<CommentSettings>>("comments", {}) };
}

/** Stores the comment settings and their audit entry (before and after) together. */
export function saveCommentSettings(
  staff: StaffMember,
  next: CommentSettings,
  now = Date.now(),
): void {
  const db = getDb();
  db.transaction(
    (tx) => {
      const before = getCommentSettings();
      writeSetting(tx, "comments", next);
      writeAudit(
        tx,
        staff,
        { action: "settings", detail: JSON.stringify({ before, after: next }).slice(0, 4000) },
        now,
      );
    },
    { behavior: "immediate" },
  );
}

let secretCache: string | undefined;

/** SECRET_KEY, or a random key generated once and kept in the database. */
export function getSecretKey(): string {
  if (env.secretKey) return env.secretKey;
  if (secretCache) return secretCache;
  getDb()
    .insert(settings)
    .values({ key: "secret_key", value: JSON.stringify(randomBytes(32).toString("base64url")) })
    .onConflictDoNothing()
    .run();
  secretCache = readSetting<string>("secret_key", "");
  return secretCache;
}
