import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { claimant, claimFirstFree, openClaims } from "./claims";

const dirs: string[] = [];
function claimsFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-claims-"));
  dirs.push(dir);
  return path.join(dir, "claims.db");
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("claims", () => {
  it("gives each id to one claimant, in the order offered, across connections", () => {
    const file = claimsFile();
    const first = openClaims(file);
    const second = openClaims(file);
    expect(claimFirstFree(first, [5, 3, 9], "a")).toBe(5);
    expect(claimFirstFree(second, [5, 3, 9], "b")).toBe(3);
    expect(claimFirstFree(first, [3, 5], "c")).toBeUndefined();
    expect(claimFirstFree(second, [3, 5, 9], "d")).toBe(9);
    expect([5, 3, 9].map((id) => claimant(first, id))).toEqual(["a", "b", "d"]);
    first.close();
    second.close();
  });

  it("holds when processes claim at the same time", async () => {
    // Four processes try to take 120 ids each out of 400, starting at the same moment: every id
    // is handed out once, none twice, and no claim fails on the lock.
    const file = claimsFile();
    openClaims(file).close();
    const script = `
      const { claimFirstFree, openClaims } = await import(${JSON.stringify(path.resolve(import.meta.dirname, "claims.ts"))});
      const db = openClaims(process.argv[1]);
      const ids = Array.from({ length: 400 }, (_, i) => i + 1);
      const got = [];
      while (Date.now() < Number(process.argv[3]));
      for (let n = 0; n < 120; n++) got.push(claimFirstFree(db, ids, process.argv[2]) ?? null);
      console.log(JSON.stringify(got));`;
    const startAt = Date.now() + 2_500;
    const run = (who: string) =>
      new Promise<(number | null)[]>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          ["--import", "tsx", "--input-type=module", "-e", script, file, who, String(startAt)],
          { stdio: ["ignore", "pipe", "pipe"] },
        );
        let out = "";
        let err = "";
        child.stdout.on("data", (d: Buffer) => (out += d.toString()));
        child.stderr.on("data", (d: Buffer) => (err += d.toString()));
        child.on("exit", (code) =>
          code === 0 ? resolve(JSON.parse(out) as (number | null)[]) : reject(new Error(err)),
        );
      });
    const results = await Promise.all(["p1", "p2", "p3", "p4"].map(run));
    const handedOut = results.flat().filter((id): id is number => id !== null);
    expect(handedOut).toHaveLength(400);
    expect(new Set(handedOut).size).toBe(400);
    expect(results.flat().filter((id) => id === null)).toHaveLength(80);
    const db = openClaims(file);
    for (const [i, got] of results.entries()) {
      for (const id of got) if (id !== null) expect(claimant(db, id)).toBe(`p${i + 1}`);
    }
    db.close();
  });
});
