import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { authorSchema, topicSchema } from "@/lib/validation";
import type * as AuditModule from "./audit";
import type * as PeopleModule from "./newsroom-people";
import type { StaffMember } from "./staff";

// Authors and topics: slugs unique in one IMMEDIATE transaction, each write audited with it.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-people-"));
process.env.DATABASE_PATH = path.join(dir, "kiosk.db");

let people: typeof PeopleModule;
let audit: typeof AuditModule;
let db: Db;
let editor: StaffMember;

const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;

beforeAll(async () => {
  const { getDb } = await import("@/db/client");
  const { seedDatabase } = await import("@/db/seed");
  db = getDb();
  seedDatabase(db, { articles: 20, now: Date.now() });
  const id = Number(
    db.$client
      .prepare(
        "INSERT INTO staff (username, display_name, role, password_hash, created_at) VALUES ('e', 'Eva Editor', 'editor', 'x', 0)",
      )
      .run().lastInsertRowid,
  );
  editor = { id, username: "e", displayName: "Eva Editor", role: "editor" } as StaffMember;
  people = await import("./newsroom-people");
  audit = await import("./audit");
});

describe("authors", () => {
  it("creates an author with a slug made from the name, and audits it", () => {
    const input = authorSchema.parse({
      name: "Jörg Müßig",
      role: "Sport",
      bio: "Läuft.",
      isColumnist: "ja",
    });
    expect(input.slug).toBe("joerg-muessig");
    const auditsBefore = count(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'author-create'",
    );
    const result = people.writeAuthor(editor, null, input);
    expect(result).toMatchObject({ ok: true, slugs: ["joerg-muessig"] });
    if (!result.ok) return;
    expect(people.findAuthorForAdmin(result.id)).toMatchObject({
      name: "Jörg Müßig",
      role: "Sport",
      bio: "Läuft.",
      isColumnist: true,
    });
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action = 'author-create'")).toBe(
      auditsBefore + 1,
    );
  });

  it("refuses a slug another author has, and changes nothing", () => {
    const taken = people.listAuthorsForAdmin()[0]!;
    const mine = people.writeAuthor(editor, null, authorSchema.parse({ name: "Neu Person" }));
    if (!mine.ok) throw new Error("not created");
    const before = count("SELECT count(*) AS n FROM audit_log");
    expect(
      people.writeAuthor(
        editor,
        mine.id,
        authorSchema.parse({ name: "Neu Person", slug: taken.slug }),
      ),
    ).toEqual({ ok: false, reason: "slug-taken" });
    expect(people.findAuthorForAdmin(mine.id)?.slug).toBe("neu-person");
    expect(count("SELECT count(*) AS n FROM audit_log")).toBe(before);
    // Its own slug is no conflict; a new one expires the old and the new page.
    expect(
      people.writeAuthor(
        editor,
        mine.id,
        authorSchema.parse({ name: "Neue Person", slug: "neu-person" }),
      ),
    ).toMatchObject({ ok: true, slugs: ["neu-person"] });
    expect(
      people.writeAuthor(
        editor,
        mine.id,
        authorSchema.parse({ name: "Neue Person", slug: "neue-person" }),
      ),
    ).toMatchObject({ ok: true, slugs: ["neu-person", "neue-person"] });
    const last = audit.listAudit({ action: "author-save", page: 1 }).rows[0]!;
    expect(last).toMatchObject({
      staffName: "Eva Editor",
      fromStatus: "neu-person",
      toStatus: "neue-person",
    });
    expect(people.writeAuthor(editor, 999_999, authorSchema.parse({ name: "X" }))).toEqual({
      ok: false,
      reason: "missing",
    });
  });
});

describe("topics", () => {
  it("creates, renames and refuses a taken slug", () => {
    const created = people.writeTopic(
      editor,
      null,
      topicSchema.parse({ name: "Klimagipfel 2026" }),
    );
    expect(created).toMatchObject({ ok: true, slugs: ["klimagipfel-2026"] });
    if (!created.ok) return;
    expect(
      people.writeTopic(
        editor,
        null,
        topicSchema.parse({ name: "Anders", slug: "klimagipfel-2026" }),
      ),
    ).toEqual({
      ok: false,
      reason: "slug-taken",
    });
    people.writeTopic(
      editor,
      created.id,
      topicSchema.parse({ name: "Klimagipfel in Wien", slug: "klimagipfel-2026" }),
    );
    expect(people.findTopicForAdmin(created.id)?.name).toBe("Klimagipfel in Wien");
    expect(audit.listAudit({ action: "topic-save", page: 1 }).total).toBe(1);
  });
});

describe("the forms' rules", () => {
  it.each(["Mit Leerzeichen", "umläut", "-vorne", "doppel--strich", "GROSS", "x".repeat(81)])(
    "refuses the slug %j",
    (slug) => {
      expect(topicSchema.safeParse({ name: "Thema", slug }).error?.issues[0]?.path).toEqual([
        "slug",
      ]);
    },
  );
  it("needs a name and keeps the limits", () => {
    expect(topicSchema.safeParse({ name: "  " }).error?.issues[0]?.path).toEqual(["name"]);
    expect(
      authorSchema.safeParse({ name: "A", bio: "x".repeat(1001) }).error?.issues[0]?.path,
    ).toEqual(["bio"]);
    expect(authorSchema.safeParse({ name: "!!!" }).error?.issues[0]?.path).toEqual(["slug"]);
  });
});

describe("the audit log per article", () => {
  it("lists only the entries of the article asked for", () => {
    const now = Date.now();
    db.transaction((tx) => {
      audit.writeAudit(tx, editor, { articleId: 1, action: "article-save" }, now);
      audit.writeAudit(tx, editor, { articleId: 2, action: "article-publish" }, now + 1);
      audit.writeAudit(tx, editor, { articleId: 1, action: "article-publish" }, now + 2);
    });
    const rows = audit.listAudit({ articleId: 1, page: 1 }).rows;
    expect(rows.map((r) => r.action)).toEqual(["article-publish", "article-save"]);
    expect(rows.every((r) => r.articleId === 1)).toBe(true);
  });
});
