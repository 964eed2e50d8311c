import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIsCurrent, buildIsStale, newestMtime } from "./build";

describe("buildIsStale", () => {
  it("is stale when there is no build", () => {
    expect(buildIsStale(undefined, [])).toBe(true);
    expect(buildIsStale(undefined, [1, 2])).toBe(true);
  });

  it("is current when every source is as old as the build or older", () => {
    expect(buildIsStale(1_000, [999, 1_000, 0])).toBe(false);
    expect(buildIsStale(1_000, [])).toBe(false);
  });

  it("is stale when one source is newer than the build", () => {
    expect(buildIsStale(1_000, [999, 1_001, 0])).toBe(true);
  });
});

describe("buildIsCurrent on a folder", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  function project(): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-build-"));
    dirs.push(root);
    fs.mkdirSync(path.join(root, "app", "nested"), { recursive: true });
    fs.writeFileSync(path.join(root, "app", "nested", "page.tsx"), "");
    fs.writeFileSync(path.join(root, "next.config.ts"), "");
    return root;
  }

  function touch(file: string, seconds: number): void {
    fs.utimesSync(file, seconds, seconds);
  }

  it("sees a change deep in a source folder, and nothing outside the sources", () => {
    const root = project();
    fs.mkdirSync(path.join(root, ".next-x"));
    const buildId = path.join(root, ".next-x", "BUILD_ID");
    fs.writeFileSync(buildId, "id");
    for (const file of ["app/nested/page.tsx", "app/nested", "app", "next.config.ts"])
      touch(path.join(root, file), 1_000);
    touch(buildId, 2_000);
    fs.writeFileSync(path.join(root, "README.md"), "not a source");
    expect(buildIsCurrent(root, ".next-x")).toBe(true);

    touch(path.join(root, "app", "nested", "page.tsx"), 3_000);
    expect(newestMtime(path.join(root, "app"))).toBe(3_000_000);
    expect(buildIsCurrent(root, ".next-x")).toBe(false);
  });

  it("is not current without a BUILD_ID", () => {
    expect(buildIsCurrent(project(), ".next-missing")).toBe(false);
  });
});
