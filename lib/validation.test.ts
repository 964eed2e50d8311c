import { describe, expect, it } from "vitest";
import { commentSchema } from "./validation";

const valid = {
  articleId: "12",
  name: "Maria Gruber",
  email: "maria@example.org",
  body: "Sehr gut!",
};

function errors(input: Record<string, unknown>) {
  const result = commentSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
}

describe("commentSchema", () => {
  it("accepts a valid comment and trims", () => {
    const r = commentSchema.parse({
      ...valid,
      name: "  Maria  Gruber ",
      body: "  Hallo\r\nWelt  ",
    });
    expect(r).toMatchObject({
      articleId: 12,
      parentId: null,
      name: "Maria Gruber",
      body: "Hallo\nWelt",
    });
  });
  it("keeps umlauts, emoji and right-to-left scripts intact", () => {
    const body = "Grüße aus Wien 👋🏽 und שלום עליכם – مرحبا";
    expect(commentSchema.parse({ ...valid, body }).body).toBe(body);
  });
  it("strips NUL bytes, control characters and bidi overrides", () => {
    expect(commentSchema.parse({ ...valid, body: "a\u0000b\u0007c\u202Ed" }).body).toBe("abcd");
  });
  it("has a German message for each bad field", () => {
    expect(errors({ ...valid, name: " x " }).name).toMatch(/mindestens 2 Zeichen/);
    expect(errors({ ...valid, name: "x".repeat(81) }).name).toMatch(/höchstens 80 Zeichen/);
    expect(errors({ ...valid, email: "" }).email).toMatch(/Bitte geben Sie Ihre E-Mail-Adresse an/);
    expect(errors({ ...valid, email: "kein-at" }).email).toMatch(/gültige E-Mail-Adresse/);
    expect(errors({ ...valid, email: `${"a".repeat(250)}@x.at` }).email).toMatch(/höchstens 254/);
    expect(errors({ ...valid, body: "  \n " }).body).toMatch(/Bitte schreiben Sie einen Kommentar/);
    expect(errors({ ...valid, body: "x".repeat(5001) }).body).toMatch(/höchstens 5\.000 Zeichen/);
    expect(errors({ ...valid, parentId: "-3" }).parentId).toMatch(/ungültig/);
  });
  it("counts length after trimming", () => {
    expect(commentSchema.safeParse({ ...valid, body: ` ${"x".repeat(5000)} ` }).success).toBe(true);
  });
  it("refuses missing fields with a message, not a crash", () => {
    expect(Object.keys(errors({ articleId: "1" }))).toEqual(
      expect.arrayContaining(["name", "email", "body"]),
    );
  });
});
