// `npm run backup -- FILE`: a consistent copy of the live database, taken with SQLite's online
// backup API while the site keeps running (readers and writers are not blocked for long).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target || target.startsWith("-")) {
    console.error(t.operations.backupUsage);
    process.exit(2);
  }
  const destination = path.resolve(target);
  if (destination === env.databasePath) {
    console.error(t.operations.backupOverLive);
    process.exit(2);
  }
  if (!fs.existsSync(env.databasePath)) {
    console.error(t.operations.backupNoDatabase(env.databasePath));
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  fs.rmSync(partial, { force: true });
  const source = new Database(env.databasePath, { fileMustExist: true });
  source.pragma("busy_timeout = 5000");
  const started = Date.now();
  await source.backup(partial);
  source.close();
  // Check the copy before it takes the final name, so a broken backup never looks like a good one.
  const copy = new Database(partial, { fileMustExist: true });
  const check = copy.pragma("integrity_check", { simple: true });
  copy.pragma("journal_mode = DELETE");
  copy.close();
  if (check !== "ok") {
    console.error(t.operations.backupBroken(String(check)));
    fs.rmSync(partial, { force: true });
    process.exit(1);
  }
  fs.renameSync(partial, destination);
  const size = (fs.statSync(destination).size / 1024 / 1024).toFixed(1);
  console.log(t.operations.backupWritten(destination, size, Date.now() - started));
}

await main();
