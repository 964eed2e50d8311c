import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, SCRYPT_PARAMS, verifyPassword } from "./password";

describe("password hashing", () => {
  it("uses scrypt at OWASP parameters and verifies the right password only", async () => {
    const hash = await hashPassword("Korrektes Pferd Batterie 1");
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(SCRYPT_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
    expect(await verifyPassword("Korrektes Pferd Batterie 1", hash)).toBe(true);
    expect(await verifyPassword("korrektes Pferd Batterie 1", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });
  it("salts: the same password hashes differently", async () => {
    const cheap = { N: 1024, r: 8, p: 1 };
    expect(await hashPassword("gleich", cheap)).not.toBe(await hashPassword("gleich", cheap));
  });
  it("keeps the parameters in the hash, so old hashes still verify", async () => {
    const old = await hashPassword("früher", { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword("früher", old)).toBe(true);
  });
  it("refuses malformed stored hashes", async () => {
    for (const bad of [
      "",
      "plain",
      "scrypt$1$2$3",
      "argon2$x$y$z$a$b",
      "scrypt$abc$8$1$c2FsdA$aGFzaA",
    ]) {
      expect(await verifyPassword("x", bad)).toBe(false);
    }
  });
  it("generates strong passwords", () => {
    const pw = generatePassword();
    expect(pw).toHaveLength(24);
    expect(pw).toMatch(/^[A-HJ-NP-Za-km-z2-9]+$/);
    expect(generatePassword()).not.toBe(pw);
  });
});
