// `npm start`: migrate (and on an empty database seed demo content), build when the build is
// missing or older than the sources, then serve (scripts/server.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { closeDatabase, openDatabase } from "@/db/client";
import { staff } from "@/db/schema";
import { isDatabaseEmpty, seedDatabase } from "@/db/seed";
import { ensureFirstAdmin, FIRST_ADMIN } from "@/db/queries/staff";
import { env } from "@/lib/env";
import { startServer } from "./server";

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || ".next";
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const SOURCES = ["app", "components", "db", "lib", "public", "next.config.ts", "package-lock.json"];

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full))
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((s) => newestMtime(s) <= built);
}

async function prepareDatabase(): Promise<void> {
  const db = openDatabase(env.databasePath);
  const admin = await ensureFirstAdmin(db, env.adminPassword);
  if (admin.created && admin.generatedPassword) {
    console.log(
      `\nErster Zugang zur Redaktion angelegt: Benutzer "${FIRST_ADMIN}", Passwort: ${admin.generatedPassword}\n` +
        "Dieses Passwort wird nur jetzt angezeigt. Ändern mit: npm run staff -- reset redaktion\n",
    );
  } else if (admin.created) {
    console.log(
      `Erster Zugang zur Redaktion angelegt: Benutzer "${FIRST_ADMIN}" (Passwort aus ADMIN_PASSWORD).`,
    );
  }
  if (isDatabaseEmpty(db)) {
    const articles = Number.parseInt(process.env.SEED_ARTICLES ?? "300", 10) || 300;
    console.log(`Leere Datenbank: lege ${articles} Demo-Artikel an …`);
    // Seeded staff replies and moderation are the first admin's (created now or before).
    const staffId = admin.created
      ? admin.id
      : db.select({ id: staff.id }).from(staff).where(eq(staff.username, FIRST_ADMIN)).get()?.id;
    seedDatabase(db, { articles, staffId });
  }
  closeDatabase(db);
}

await prepareDatabase();

if (process.env.KIOSK_SKIP_BUILD !== "1" && !buildIsCurrent()) {
  console.log("Baue die Anwendung (next build) …");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    stdio: "inherit",
    // No telemetry unless asked for: servers often have no way out, and nobody agreed to it.
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

(process.env as Record<string, string>).NODE_ENV = "production";
await startServer();
