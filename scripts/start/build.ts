// `npm start`, step 2: build when the build is missing or older than the sources.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { childEnv, env } from "@/lib/env";
import { t } from "@/lib/i18n";

/** What a build is made from: a change to any of these makes the build stale. */
export const BUILD_SOURCES = [
  "app",
  "components",
  "db",
  "lib",
  "public",
  "next.config.ts",
  "package-lock.json",
] as const;

/** Whether a build made at `builtAt` (ms; undefined: no build) is older than any source. */
export function buildIsStale(
  builtAt: number | undefined,
  sourceMtimes: readonly number[],
): boolean {
  return builtAt === undefined || sourceMtimes.some((mtime) => mtime > builtAt);
}

/** The newest modification time of a file or anything in a folder (ms), 0 when it is missing. */
export function newestMtime(full: string): number {
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full))
    newest = Math.max(newest, newestMtime(path.join(full, child)));
  return newest;
}

/** Whether the build in `distDir` (relative to `root`) is as new as every source. */
export function buildIsCurrent(root: string, distDir: string): boolean {
  const buildId = path.join(root, distDir, "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : undefined;
  if (builtAt === undefined) return false;
  return !buildIsStale(
    builtAt,
    BUILD_SOURCES.map((source) => newestMtime(path.join(root, source))),
  );
}

/** Runs `next build` into NEXT_DIST_DIR unless KIOSK_SKIP_BUILD is set or the build is current. */
export function buildIfStale(): void {
  const root = process.cwd();
  if (env.skipBuild || buildIsCurrent(root, env.nextDistDir)) return;
  console.log(t.operations.building);
  const build = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"],
    {
      stdio: "inherit",
      // No telemetry unless asked for: servers often have no way out, and nobody agreed to it.
      env: { NEXT_TELEMETRY_DISABLED: "1", ...childEnv() },
    },
  );
  if (build.status !== 0) {
    console.error(t.operations.buildFailed(build.status));
    process.exit(build.status ?? 1);
  }
}
