import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** A database handle or the transaction a writer is in. */
export type Writer = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");

/** Opens (creating if needed) a database file, sets the pragmas and applies pending migrations. */
export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: an acknowledged write (a reader's comment) survives power loss, not just a crash.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("cache_size = -32000");
  sqlite.pragma("temp_store = MEMORY");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}

/** Closes a connection opened with openDatabase (scripts, tests). */
export function closeDatabase(db: Db): void {
  db.$client.close();
}

// One connection per process. Next may evaluate this module in several bundles,
// so the handle lives on globalThis.
const globalForDb = globalThis as unknown as { kioskDb?: Db };

export function getDb(): Db {
  globalForDb.kioskDb ??= openDatabase(env.databasePath);
  return globalForDb.kioskDb;
}

export function closeDb(): void {
  globalForDb.kioskDb?.$client.close();
  globalForDb.kioskDb = undefined;
}
