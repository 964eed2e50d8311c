import { describe, expect, it } from "vitest";
import { t } from "./i18n";
import {
  COMMENT_LIMITS,
  commentSchema,
  editCommentSchema,
  eraseSchema,
  formFields,
  moderateSchema,
  replySchema,
  settingsSchema,
} from "./validation";

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

describe("the rules are shared", () => {
  it("the admin's edit form uses the reader's name and body rules and messages", () => {
    const edit = editCommentSchema.safeParse({ id: "5", name: " x ", body: "x".repeat(5001) });
    expect(edit.success).toBe(false);
    const messages = Object.fromEntries(edit.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      name: errors({ ...valid, name: " x " }).name,
      body: errors({ ...valid, body: "x".repeat(5001) }).body,
    });
    expect(editCommentSchema.parse({ id: "5", name: " Maria  G. ", body: " Text\r\n" })).toEqual({
      id: 5,
      name: "Maria G.",
      body: "Text",
    });
  });
  it("messages name the limits the rules enforce", () => {
    expect(errors({ ...valid, name: "x" }).name).toBe(t.validation.nameMin(COMMENT_LIMITS.nameMin));
    expect(errors({ ...valid, body: "x".repeat(COMMENT_LIMITS.bodyMax + 1) }).body).toBe(
      t.validation.bodyMax(COMMENT_LIMITS.bodyMax),
    );
  });
  it.each(["0", "07", "-1", "1.5", "1e3", " 1", "12345678901", ""])(
    "no form takes %j as an id",
    (raw) => {
      expect(commentSchema.safeParse({ ...valid, articleId: raw }).success).toBe(false);
      expect(replySchema.safeParse({ parentId: raw, body: "Antwort" }).success).toBe(false);
      expect(moderateSchema.safeParse({ op: `approve:${raw}` }).success).toBe(false);
    },
  );
});

describe("formFields", () => {
  it("gives one value per name, a list for a repeated name, and no prototype", () => {
    const form = new FormData();
    form.append("op", "bulk");
    form.append("ids", "1");
    form.append("ids", "2");
    form.append("__proto__", "x");
    const fields = formFields(form);
    expect(Object.entries(fields)).toEqual([
      ["op", "bulk"],
      ["ids", ["1", "2"]],
      ["__proto__", "x"],
    ]);
    expect(Object.getPrototypeOf(fields)).toBeNull();
  });
});

describe("moderateSchema", () => {
  const parse = (fields: Record<string, string | string[]>) => moderateSchema.safeParse(fields);
  const field = (result: ReturnType<typeof parse>) => result.error?.issues[0]?.path[0];

  it("reads a row button", () => {
    expect(parse({ op: "spam:17", returnTo: "/admin/kommentare?status=spam" }).data).toEqual({
      action: "spam",
      ids: [17],
      returnTo: "/admin/kommentare?status=spam",
    });
  });
  it("reads the bulk bar: the ticked rows, or every row with “all on this page”", () => {
    const bulk = { op: "bulk", bulkAction: "trash", ids: "3", pageIds: ["3", "4"] };
    expect(parse(bulk).data).toMatchObject({ action: "trash", ids: [3] });
    expect(parse({ ...bulk, allOnPage: "ja" }).data).toMatchObject({ ids: [3, 4] });
  });
  it("never follows a return address outside the admin area", () => {
    for (const returnTo of ["https://evil.example/admin", "//evil.example/admin", "/adminx"]) {
      expect(parse({ op: "approve:1", returnTo }).data?.returnTo).toBe("/admin/kommentare");
    }
  });
  it("names the field that needs its own notice", () => {
    expect(field(parse({ op: "bulk", bulkAction: "approve" }))).toBe("selection");
    expect(field(parse({ op: "delete:3" }))).toBe("confirmDelete");
    expect(parse({ op: "delete:3", confirmDelete: "ja" }).success).toBe(true);
    expect(field(parse({ op: "bulk", bulkAction: "delete", ids: "3" }))).toBe("confirmDelete");
    expect(field(parse({ op: "bulk", bulkAction: "approve", ids: ["3", "x"] }))).toBe("ids");
    expect(field(parse({ op: "bulk", bulkAction: "zap", ids: "3" }))).toBe("bulkAction");
    expect(field(parse({ op: "zap:3" }))).toBe("op");
    expect(field(parse({ op: "approve:3:4" }))).toBe("op");
  });
  it("takes at most 500 ids", () => {
    const ids = Array.from({ length: 501 }, (_, i) => String(i + 1));
    expect(parse({ op: "bulk", bulkAction: "approve", ids }).success).toBe(false);
  });
});

describe("settingsSchema", () => {
  it("cleans the block list and reads an empty day count as never", () => {
    expect(
      settingsSchema.parse({ blocklist: " Wort \nWort\n\n  zwei  Wörter ", closeAfterDays: "" }),
    ).toEqual({ closeAfterDays: null, blocklist: ["Wort", "zwei Wörter"], autoApprove: false });
    expect(settingsSchema.parse({ autoApprove: "ja", closeAfterDays: " 30 " })).toEqual({
      closeAfterDays: 30,
      blocklist: [],
      autoApprove: true,
    });
  });
  it.each(["0", "3651", "-1", "1.5", "abc", "99999"])("refuses %j days", (days) => {
    const result = settingsSchema.safeParse({ blocklist: "", closeAfterDays: days });
    expect(result.error?.issues[0]?.path[0]).toBe("closeAfterDays");
  });
});

describe("eraseSchema", () => {
  it("takes the reader's e-mail rule and wants the confirmation", () => {
    expect(eraseSchema.parse({ email: " a@example.org ", confirmDelete: "ja" })).toEqual({
      email: "a@example.org",
      confirmDelete: "ja",
    });
    expect(eraseSchema.safeParse({ email: "kein-at", confirmDelete: "ja" }).error?.issues).toEqual([
      expect.objectContaining({ path: ["email"], message: t.validation.emailInvalid }),
    ]);
    expect(eraseSchema.safeParse({ email: "a@example.org" }).error?.issues[0]?.path[0]).toBe(
      "confirmDelete",
    );
  });
});
