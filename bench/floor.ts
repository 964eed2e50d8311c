// Next's own floor: the client JavaScript that an empty App Router page (a layout and a page with
// one paragraph, no client components) makes a browser load. Built once per Next version into
// .next-bench-floor/ and remembered in bench/results/floor.json.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { childEnv } from "@/lib/env";
import { measurePages, type PageWeight } from "./client-js";
import { log, ROOT } from "./server";

const FLOOR_DIR = ".next-bench-floor";
const CACHE = path.join(ROOT, "bench", "results", "floor.json");

const FILES: Record<string, string> = {
  "next.config.mjs": "export default {};\n",
  "app/layout.js":
    'export default function RootLayout({ children }) {\n  return (\n    <html lang="de">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  "app/page.js": "export default function Page() {\n  return <p>Leer</p>;\n}\n",
};

function nextVersion(): string {
  const pkg = JSON.parse(
    fs.readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8"),
  ) as { version: string };
  return pkg.version;
}

export interface Floor {
  nextVersion: string;
  page: PageWeight;
}

export async function measureFloor(browser: Browser, port: number): Promise<Floor> {
  const version = nextVersion();
  if (fs.existsSync(CACHE)) {
    const cached = JSON.parse(fs.readFileSync(CACHE, "utf8")) as Floor;
    if (cached.nextVersion === version) return cached;
  }
  const dir = path.join(ROOT, FLOOR_DIR);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  // The floor app builds into its own .next; the bench's NEXT_DIST_DIR must not leak into it.
  const env = childEnv({
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: undefined,
  });
  log("building an empty App Router page for Next's floor (once per Next version) …");
  const build = spawnSync(process.execPath, [nextBin, "build", dir], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (build.status !== 0) {
    throw new Error(`floor build failed:\n${build.stdout.toString()}${build.stderr.toString()}`);
  }
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), dir], {
    cwd: ROOT,
    env,
    stdio: "ignore",
  });
  try {
    const origin = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(origin).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error("floor server did not start");
      await new Promise((r) => setTimeout(r, 250));
    }
    const [page] = await measurePages(
      origin,
      [{ name: "empty App Router page", path: "/" }],
      path.join(dir, ".next"),
      browser,
    );
    if (!page) throw new Error("floor page not measured");
    const floor = { nextVersion: version, page };
    fs.mkdirSync(path.dirname(CACHE), { recursive: true });
    fs.writeFileSync(CACHE, JSON.stringify(floor, null, 2));
    return floor;
  } finally {
    child.kill("SIGTERM");
  }
}
