// Starts the site for the end-to-end tests: a fresh temporary database every run, then the
// same path as `npm start` (migrate, seed, build when needed, serve).
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

fs.rmSync(path.dirname(env.databasePath), { recursive: true, force: true });
// The build pre-renders pages from the database, so a new database needs a new build.
fs.rmSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next-e2e"), {
  recursive: true,
  force: true,
});
await import("./start");
