// What a page costs a reader: HTML bytes (raw and gzip) and the client JavaScript a modern browser
// actually loads (Chromium, so the noModule polyfill is skipped), gzip-compressed by the bench
// itself so the figure does not depend on the server's compression. Client components are found
// in the page's RSC payload ("I" rows) and named through the build's client reference manifests.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { env } from "@/lib/env";
import { get } from "./http";

export const CHROMIUM = env.chromiumPath ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface PageWeight {
  name: string;
  path: string;
  status: number;
  htmlBytes: number;
  htmlGzip: number;
  scripts: { url: string; bytes: number; gzip: number }[];
  jsGzip: number;
  /** Client components of the project (source files outside node_modules) on this page. */
  appClientComponents: string[];
  /** Of those, Next's required error boundaries (error.tsx must be a client component). */
  errorBoundaries: string[];
  /** Next's own client modules on the page (link, layout router, …). */
  nextClientModules: string[];
}

export function gzipSize(data: Buffer | string): number {
  return gzipSync(data).length;
}

/** The RSC payload that the HTML carries inline (self.__next_f.push([1, "…"])). */
export function flightData(html: string): string {
  let data = "";
  for (const m of html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) {
    data += JSON.parse(m[1] ?? '""') as string;
  }
  return data;
}

/** Module ids of the client references in an RSC payload. */
export function clientModuleIds(flight: string): string[] {
  const ids = new Set<string>();
  for (const line of flight.split("\n")) {
    const m = /^[0-9a-f]+:I\[("[^"]*"|\d+),/.exec(line);
    if (m?.[1]) ids.add(m[1].replace(/"/g, ""));
  }
  return [...ids];
}

/** Module id → source path, from every *_client-reference-manifest.js of a build. */
export function clientModuleNames(distDir: string): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith("_client-reference-manifest.js")) {
        const sandbox: Record<string, unknown> = {};
        sandbox.globalThis = sandbox;
        sandbox.self = sandbox;
        try {
          vm.runInNewContext(fs.readFileSync(full, "utf8"), sandbox, { timeout: 1000 });
        } catch {
          continue;
        }
        const manifests = (sandbox.__RSC_MANIFEST ?? {}) as Record<
          string,
          { clientModules?: Record<string, { id: string | number }> }
        >;
        for (const manifest of Object.values(manifests)) {
          for (const [key, mod] of Object.entries(manifest.clientModules ?? {})) {
            const source = key.replace(/^\[project\]\//, "").replace(/ <module evaluation>$/, "");
            names.set(String(mod.id), source);
          }
        }
      }
    }
  };
  walk(path.join(distDir, "server", "app"));
  return names;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: fs.existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: CHROMIUM_ARGS,
  });
}

export async function measurePages(
  origin: string,
  pages: readonly { name: string; path: string }[],
  distDir: string | null,
  browser: Browser,
): Promise<PageWeight[]> {
  const names = distDir ? clientModuleNames(distDir) : new Map<string, string>();
  const results: PageWeight[] = [];
  for (const page of pages) {
    const html = await get(origin, page.path);
    const text = html.body;
    const context = await browser.newContext();
    const tab = await context.newPage();
    const scriptUrls = new Set<string>();
    tab.on("response", (res) => {
      if (res.request().resourceType() === "script") scriptUrls.add(res.url());
    });
    await tab.goto(new URL(page.path, origin).href, { waitUntil: "networkidle" });
    await context.close();
    const scripts = [];
    for (const url of [...scriptUrls].sort()) {
      const res = await get(origin, new URL(url).pathname + new URL(url).search);
      scripts.push({
        url: new URL(url).pathname,
        bytes: res.bytes.length,
        gzip: gzipSize(res.bytes),
      });
    }
    const modules = clientModuleIds(flightData(text)).map((id) => names.get(id) ?? `#${id}`);
    const app = modules.filter((m) => !m.startsWith("node_modules/") && !m.startsWith("#"));
    results.push({
      name: page.name,
      path: page.path,
      status: html.status,
      htmlBytes: html.bytes.length,
      htmlGzip: gzipSize(html.bytes),
      scripts,
      jsGzip: scripts.reduce((n, s) => n + s.gzip, 0),
      appClientComponents: app,
      errorBoundaries: app.filter((m) => /(^|\/)(global-)?error\.(tsx|jsx|ts|js)$/.test(m)),
      nextClientModules: modules.filter((m) => m.startsWith("node_modules/")),
    });
  }
  return results;
}
