import { describe, expect, it } from "vitest";
import { createGate, SCRYPT_LIMITS } from "./scrypt-gate";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("scrypt gate", () => {
  it("runs at most `running` tasks at once, queues `waiting`, refuses the rest without running them", async () => {
    const gate = createGate({ running: 2, waiting: 3 });
    let active = 0;
    let peak = 0;
    let started = 0;
    const blockers = Array.from({ length: 10 }, deferred);
    const results = blockers.map((b) =>
      gate.run(async () => {
        started++;
        active++;
        peak = Math.max(peak, active);
        await b.promise;
        active--;
        return "geprüft";
      }),
    );
    await Promise.resolve();
    expect(gate.running).toBe(2);
    expect(gate.waiting).toBe(3);
    expect(started).toBe(2);
    for (const b of blockers) b.resolve();
    const settled = await Promise.all(results);
    expect(settled.filter((r) => r.ok)).toHaveLength(5);
    expect(settled.filter((r) => !r.ok)).toHaveLength(5);
    expect(started).toBe(5);
    expect(peak).toBe(2);
    expect(gate.running).toBe(0);
    expect(gate.waiting).toBe(0);
  });

  it("frees its slot when a task fails", async () => {
    const gate = createGate({ running: 1, waiting: 0 });
    await expect(gate.run(() => Promise.reject(new Error("kaputt")))).rejects.toThrow("kaputt");
    expect(await gate.run(async () => 1)).toEqual({ ok: true, value: 1 });
  });

  it("keeps the product's bound small: 2 × 128 MiB running", () => {
    expect(SCRYPT_LIMITS.running).toBeLessThanOrEqual(2);
    expect(SCRYPT_LIMITS.waiting).toBeLessThanOrEqual(8);
  });
});
