// Starts the site for the end-to-end tests: a fresh temporary database every run, then the
// same path as `npm start` (migrate, seed, build when needed, serve).
import fs from "node:fs";
import path from "node:path";
import { closeDatabase, openDatabase } from "@/db/client";
import { staff } from "@/db/schema";
import { FIRST_ADMIN } from "@/db/queries/staff";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { E2E_ADMIN_PASSWORD, E2E_SCRYPT } from "../e2e/env";

// The e2e build is deleted below: never let that be the build `npm start` serves.
if (env.nextDistDir === ".next") {
  throw new Error("NEXT_DIST_DIR must name the e2e build folder (playwright.config.ts: .next-e2e)");
}
fs.rmSync(path.dirname(env.databasePath), { recursive: true, force: true });
// The build pre-renders pages from the database, so a new database needs a new build.
fs.rmSync(path.join(process.cwd(), env.nextDistDir), { recursive: true, force: true });

// The first admin, at the e2e database's lower scrypt cost (see E2E_SCRYPT); `npm start` finds
// staff present and creates none.
const db = openDatabase(env.databasePath);
db.insert(staff)
  .values({
    username: FIRST_ADMIN,
    displayName: "Redaktion",
    role: "admin",
    passwordHash: await hashPassword(E2E_ADMIN_PASSWORD, E2E_SCRYPT),
    createdAt: Date.now(),
  })
  .run();
closeDatabase(db);

await import("./start");
