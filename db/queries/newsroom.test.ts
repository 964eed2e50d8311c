import { env } from "@/lib/env";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { ArticleFields } from "@/lib/newsroom";
import { slugify } from "@/lib/slug";
import type * as NewsroomModule from "./newsroom";
import type { StaffMember } from "./staff";

// The newsroom's writes against a real (temporary) database: revisions, the optimistic lock,
// the workflow's refusals, slug history and the audit entries written with each change.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-newsroom-"));
process.env.DATABASE_PATH = path.join(dir, "kiosk.db");

let newsroom: typeof NewsroomModule;
let db: Db;
let sectionId: number;
const staff: Record<"editor" | "author" | "other", StaffMember> = {
  editor: { id: 0, username: "ed", displayName: "Eva Editor", role: "editor" },
  author: { id: 0, username: "au", displayName: "Anton Autor", role: "author" },
  other: { id: 0, username: "ot", displayName: "Olga Autorin", role: "author" },
};

function draft(headline: string, extra: Partial<ArticleFields> = {}): ArticleFields {
  return {
    sectionId,
    kicker: "Test",
    headline,
    teaser: `Vorspann zu ${headline}`,
    body: "## Erstens\n\nText.\n\n## Zweitens\n\nMehr Text.",
    authorId: null,
    topics: ["Verkehr", "Neues Thema Zwei"],
    slug: slugify(headline),
    commentsClosed: false,
    seoTitle: "",
    seoDescription: "",
    ...extra,
  };
}

function audit(articleId: number): string[] {
  return (
    db.$client
      .prepare("SELECT action FROM audit_log WHERE article_id = ? ORDER BY id")
      .all(articleId) as { action: string }[]
  ).map((row) => row.action);
}

function row(id: number) {
  return db.$client.prepare("SELECT * FROM articles WHERE id = ?").get(id) as {
    status: string;
    revision: number;
    published_at: number;
    updated_at: number;
    first_published_at: number | null;
    slug: string;
    headline: string;
  };
}

function created(result: NewsroomModule.WriteResult): number {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.id;
}

beforeAll(async () => {
  const { openDatabase } = await import("@/db/client");
  const { seedDatabase } = await import("@/db/seed");
  db = openDatabase(env.databasePath);
  seedDatabase(db, { articles: 5, now: Date.now() });
  sectionId = (db.$client.prepare("SELECT id FROM sections LIMIT 1").get() as { id: number }).id;
  const insert = db.$client.prepare(
    "INSERT INTO staff (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, 'x', 0)",
  );
  for (const member of Object.values(staff)) {
    member.id = Number(
      insert.run(member.username, member.displayName, member.role).lastInsertRowid,
    );
  }
  newsroom = await import("./newsroom");
});

describe("creating and saving", () => {
  it("creates a draft at revision 1 with its topics, a revision row and an audit entry", () => {
    const result = newsroom.createArticle(staff.author, draft("Erster Entwurf"));
    const id = created(result);
    expect(row(id)).toMatchObject({ status: "draft", revision: 1, first_published_at: null });
    const article = newsroom.findEditorArticle(id);
    expect(article?.fields.topics).toEqual(["Neues Thema Zwei", "Verkehr"]);
    const revisions = db.$client
      .prepare("SELECT revision, snapshot FROM article_revisions WHERE article_id = ?")
      .all(id) as { revision: number; snapshot: string }[];
    expect(revisions).toHaveLength(1);
    expect(JSON.parse(revisions[0]!.snapshot)).toMatchObject({ headline: "Erster Entwurf" });
    expect(audit(id)).toEqual(["article-create"]);
    // Only its own page's entry: a draft shows nowhere else.
    expect(result.ok && result.expire).toEqual(["article:erster-entwurf"]);
  });

  it("picks an existing topic by name in any case instead of creating a second one", () => {
    const before = db.$client.prepare("SELECT count(*) AS n FROM tags").get() as { n: number };
    created(newsroom.createArticle(staff.author, draft("Themen", { topics: ["verkehr"] })));
    const after = db.$client.prepare("SELECT count(*) AS n FROM tags").get() as { n: number };
    expect(after.n).toBe(before.n);
  });

  it("refuses a Ressort or an author that does not exist instead of failing", () => {
    expect(
      newsroom.createArticle(staff.author, draft("Ohne Ressort", { sectionId: 9999 })),
    ).toMatchObject({ ok: false, reason: "invalid", field: "sectionId" });
    const id = created(newsroom.createArticle(staff.author, draft("Mit Autor")));
    expect(
      newsroom.saveArticle(staff.author, id, draft("Mit Autor", { authorId: 9999 }), 1),
    ).toMatchObject({ ok: false, reason: "invalid", field: "authorId" });
  });

  it("refuses a taken slug with a German message", () => {
    const result = newsroom.createArticle(staff.author, draft("Erster Entwurf"));
    expect(result).toMatchObject({ ok: false, reason: "invalid", field: "slug" });
  });

  it("refuses a save over an outdated revision and names the fields changed meanwhile", () => {
    const id = created(newsroom.createArticle(staff.author, draft("Gleichzeitig")));
    const first = newsroom.saveArticle(
      staff.author,
      id,
      draft("Gleichzeitig", { headline: "Gleichzeitig neu" }),
      1,
    );
    expect(first).toMatchObject({ ok: true, revision: 2 });
    const second = newsroom.saveArticle(
      staff.author,
      id,
      draft("Gleichzeitig", { body: "Meine Fassung" }),
      1,
    );
    expect(second).toEqual({ ok: false, reason: "conflict", changed: ["headline"], revision: 2 });
    expect(row(id)).toMatchObject({ headline: "Gleichzeitig neu", revision: 2 });
    expect(audit(id)).toEqual(["article-create", "article-save"]);
  });
});

describe("the workflow", () => {
  it("lets an author submit an own draft but not publish, schedule or edit others' drafts", () => {
    const id = created(newsroom.createArticle(staff.author, draft("Eingereicht")));
    expect(
      newsroom.saveArticle(staff.author, id, draft("Eingereicht"), 1, { intent: "publish" }),
    ).toEqual({ ok: false, reason: "forbidden" });
    expect(
      newsroom.saveArticle(staff.other, id, draft("Eingereicht"), 1, { intent: "saveDraft" }),
    ).toEqual({ ok: false, reason: "forbidden" });
    expect(newsroom.createArticle(staff.author, draft("Sofort"), { intent: "publish" })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(row(id)).toMatchObject({ status: "draft", revision: 1 });

    expect(
      newsroom.saveArticle(staff.author, id, draft("Eingereicht"), 1, { intent: "submit" }),
    ).toMatchObject({ ok: true });
    expect(row(id).status).toBe("review");
    // Under review it is the editors' now.
    expect(newsroom.saveArticle(staff.author, id, draft("Eingereicht"), 2)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    // Nothing changed: the submission alone is logged.
    expect(audit(id)).toEqual(["article-create", "article-submit"]);
  });

  it("publishes now, keeps the first date on later saves, and moves 'updated' unless minor", () => {
    const now = Date.now();
    const id = created(
      newsroom.createArticle(staff.author, draft("Veröffentlicht"), undefined, now - 5000),
    );
    const published = newsroom.saveArticle(
      staff.editor,
      id,
      draft("Veröffentlicht"),
      1,
      { intent: "publish" },
      now - 4000,
    );
    expect(published).toMatchObject({ ok: true });
    expect(published.ok && published.expire).toEqual(
      expect.arrayContaining(["article:veroeffentlicht", "front-page", "topic:verkehr"]),
    );
    expect(row(id)).toMatchObject({
      status: "published",
      published_at: now - 4000,
      updated_at: now - 4000,
      first_published_at: now - 4000,
    });
    newsroom.saveArticle(
      staff.editor,
      id,
      draft("Veröffentlicht", { kicker: "Tippfehler" }),
      2,
      {
        intent: "saveDraft",
        minor: true,
      },
      now - 3000,
    );
    expect(row(id)).toMatchObject({ status: "published", updated_at: now - 4000, revision: 3 });
    newsroom.saveArticle(
      staff.editor,
      id,
      draft("Veröffentlicht", { body: "Neu" }),
      3,
      {
        intent: "saveDraft",
      },
      now - 2000,
    );
    expect(row(id)).toMatchObject({ published_at: now - 4000, updated_at: now - 2000 });
    expect(newsroom.saveArticle(staff.author, id, draft("x"), 4)).toEqual({
      ok: false,
      reason: "forbidden",
    });
  });

  it("keeps a published article's old slug as a redirect, but not a draft's", () => {
    const id = created(
      newsroom.createArticle(staff.editor, draft("Alter Titel"), { intent: "publish" }),
    );
    const renamed = newsroom.saveArticle(staff.editor, id, draft("Neuer Titel"), 1);
    expect(row(id).slug).toBe("neuer-titel");
    // Both addresses' cached pages go: the old one must answer with its redirect.
    expect(renamed.ok && renamed.facts.before?.slug).toBe("alter-titel");
    expect(renamed.ok && renamed.expire).toEqual(
      expect.arrayContaining(["article:alter-titel", "article:neuer-titel"]),
    );
    const history = db.$client
      .prepare("SELECT slug FROM article_slug_history WHERE article_id = ?")
      .all(id);
    expect(history).toEqual([{ slug: "alter-titel" }]);
    // The old slug stays reserved for its redirect.
    expect(newsroom.createArticle(staff.editor, draft("Alter Titel"))).toMatchObject({
      ok: false,
      field: "slug",
    });

    const draftId = created(newsroom.createArticle(staff.author, draft("Entwurfstitel")));
    created(newsroom.saveArticle(staff.author, draftId, draft("Anderer Entwurf"), 1));
    expect(
      db.$client.prepare("SELECT slug FROM article_slug_history WHERE article_id = ?").all(draftId),
    ).toEqual([]);
  });

  it("schedules only into the future, then withdraws and republishes", () => {
    const now = Date.now();
    const id = created(newsroom.createArticle(staff.editor, draft("Geplant")));
    expect(
      newsroom.saveArticle(staff.editor, id, draft("Geplant"), 1, {
        intent: "schedule",
        scheduleAt: now - 60_000,
      }),
    ).toMatchObject({ ok: false, reason: "invalid", field: "scheduleAt" });
    const at = now + 3_600_000;
    expect(
      newsroom.saveArticle(staff.editor, id, draft("Geplant"), 1, {
        intent: "schedule",
        scheduleAt: at,
      }),
    ).toMatchObject({ ok: true });
    expect(row(id)).toMatchObject({ status: "scheduled", published_at: at });

    expect(newsroom.changeArticleStatus(staff.author, id, "withdraw")).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(newsroom.changeArticleStatus(staff.editor, id, "withdraw")).toMatchObject({ ok: true });
    expect(row(id).status).toBe("withdrawn");
    expect(newsroom.changeArticleStatus(staff.editor, id, "withdraw")).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect(newsroom.changeArticleStatus(staff.editor, id, "republish", now)).toMatchObject({
      ok: true,
    });
    expect(row(id)).toMatchObject({ status: "published", published_at: now });
    expect(audit(id)).toEqual([
      "article-create",
      "article-schedule",
      "article-withdraw",
      "article-republish",
    ]);
  });

  it("answers the listing tags when an article goes public and when it leaves", () => {
    const id = created(newsroom.createArticle(staff.editor, draft("Sichtbar")));
    const published = newsroom.saveArticle(staff.editor, id, draft("Sichtbar"), 1, {
      intent: "publish",
    });
    const withdrawn = newsroom.changeArticleStatus(staff.editor, id, "withdraw");
    for (const result of [published, withdrawn]) {
      expect(result.ok && result.expire.length).toBeGreaterThan(3);
      expect(result.ok && result.expire).toContain("article:sichtbar");
    }
  });
});

describe("the preview", () => {
  it("finds an article in any status with its topics", () => {
    const id = created(newsroom.createArticle(staff.author, draft("Vorschau")));
    expect(newsroom.findPreviewArticle(id)).toMatchObject({
      headline: "Vorschau",
      status: "draft",
      tags: [{ name: "Neues Thema Zwei" }, { name: "Verkehr" }],
    });
    expect(newsroom.findPreviewArticle(999_999)).toBeNull();
  });
});

describe("staged changes (Änderungen vormerken)", () => {
  function published(headline: string, now: number): number {
    const id = created(
      newsroom.createArticle(staff.editor, draft(headline), { intent: "publish" }, now),
    );
    return id;
  }

  it("keeps the published version public while staged changes wait, and shows them to the editor", () => {
    const now = Date.now();
    const id = published("Vorgemerkt Eins", now - 60_000);
    const before = row(id);
    const staged = newsroom.saveArticle(
      staff.editor,
      id,
      draft("Vorgemerkt Eins", { headline: "Neue Schlagzeile", slug: before.slug }),
      1,
      { intent: "stage" },
      now,
    );
    expect(staged).toMatchObject({ ok: true, revision: 2, expire: [] });
    const after = row(id);
    expect(after.headline).toBe("Vorgemerkt Eins");
    expect(after.updated_at).toBe(before.updated_at);
    expect(after.revision).toBe(2);
    const editor = newsroom.findEditorArticle(id);
    expect(editor?.staged).toMatchObject({ revision: 2, at: null, staffName: "Eva Editor" });
    expect(editor?.staged?.fields.headline).toBe("Neue Schlagzeile");
    expect(newsroom.findStagedPreview(id)?.headline).toBe("Neue Schlagzeile");
    expect(newsroom.findPreviewArticle(id)?.headline).toBe("Vorgemerkt Eins");
    expect(newsroom.listRevisions(id)[0]).toMatchObject({ revision: 2, staged: true });
    expect(audit(id)).toContain("article-stage");

    // Publishing (a save of the published article) takes the form's fields and clears them.
    const result = newsroom.saveArticle(
      staff.editor,
      id,
      editor!.staged!.fields,
      2,
      { intent: "saveDraft" },
      now + 1_000,
    );
    expect(result.ok).toBe(true);
    expect(row(id)).toMatchObject({ headline: "Neue Schlagzeile", updated_at: now + 1_000 });
    expect(newsroom.findEditorArticle(id)?.staged).toBeNull();
    if (result.ok) expect(result.expire).toContain(`article:${before.slug}`);
  });

  it("refuses staging an article readers cannot see yet, and authors staging at all", () => {
    const now = Date.now();
    const id = created(newsroom.createArticle(staff.editor, draft("Noch Entwurf"), undefined, now));
    expect(
      newsroom.saveArticle(staff.editor, id, draft("Noch Entwurf"), 1, { intent: "stage" }, now),
    ).toMatchObject({ ok: false, reason: "forbidden" });
    // Scheduled for later: nobody sees it yet, so it is edited directly.
    const later = created(
      newsroom.createArticle(
        staff.editor,
        draft("Noch Geplant"),
        { intent: "schedule", scheduleAt: now + 3_600_000 },
        now,
      ),
    );
    expect(
      newsroom.saveArticle(staff.editor, later, draft("Noch Geplant"), 1, { intent: "stage" }, now),
    ).toMatchObject({ ok: false, reason: "invalid", field: "intent" });
    const pub = published("Vorgemerkt Autor", now - 60_000);
    expect(
      newsroom.saveArticle(
        staff.author,
        pub,
        draft("Vorgemerkt Autor"),
        1,
        { intent: "stage" },
        now,
      ),
    ).toMatchObject({ ok: false, reason: "forbidden" });
  });

  it("publishes scheduled staged changes at their time, not before, in the stager's name", () => {
    const now = Date.now();
    const id = published("Vorgemerkt Zeit", now - 60_000);
    const slug = row(id).slug;
    const at = now + 10 * 60_000;
    expect(
      newsroom.saveArticle(
        staff.editor,
        id,
        draft("Vorgemerkt Zeit", { body: "Neuer Text zur Zeit.", slug }),
        1,
        { intent: "scheduleStaged", scheduleAt: at },
        now,
      ),
    ).toMatchObject({ ok: true });
    expect(newsroom.findEditorArticle(id)?.staged?.at).toBe(at);
    expect(newsroom.publishDueStagedChanges(at - 1)).toEqual([]);
    expect(newsroom.findEditorArticle(id)?.fields.body).not.toBe("Neuer Text zur Zeit.");
    const tags = newsroom.publishDueStagedChanges(at);
    expect(tags).toContain(`article:${slug}`);
    expect(newsroom.findEditorArticle(id)?.fields.body).toBe("Neuer Text zur Zeit.");
    expect(newsroom.findEditorArticle(id)?.staged).toBeNull();
    expect(row(id).updated_at).toBe(at);
    const last = db.$client
      .prepare("SELECT staff_name, action FROM audit_log WHERE article_id = ? ORDER BY id DESC")
      .get(id);
    expect(last).toEqual({ staff_name: "Eva Editor", action: "article-publish-staged" });
    // Nothing is left to do at the next tick.
    expect(newsroom.publishDueStagedChanges(at + 5_000)).toEqual([]);
  });

  it("refuses a schedule in the past for staged changes", () => {
    const now = Date.now();
    const id = published("Vorgemerkt Vergangen", now - 60_000);
    expect(
      newsroom.saveArticle(
        staff.editor,
        id,
        draft("Vorgemerkt Vergangen", { slug: row(id).slug }),
        1,
        { intent: "scheduleStaged", scheduleAt: now - 1 },
        now,
      ),
    ).toMatchObject({ ok: false, reason: "invalid", field: "scheduleAt" });
  });

  it("discards staged changes with a new revision, so a form still holding them is refused", () => {
    const now = Date.now();
    const id = published("Vorgemerkt Verwerfen", now - 60_000);
    const slug = row(id).slug;
    const staged = draft("Vorgemerkt Verwerfen", { headline: "Verworfen", slug });
    expect(newsroom.saveArticle(staff.editor, id, staged, 1, { intent: "stage" }, now).ok).toBe(
      true,
    );
    expect(newsroom.discardStagedChanges(staff.author, id, 2, now)).toMatchObject({
      ok: false,
      reason: "forbidden",
    });
    expect(newsroom.discardStagedChanges(staff.editor, id, 2, now)).toMatchObject({
      ok: true,
      revision: 3,
      expire: [],
    });
    expect(newsroom.findEditorArticle(id)?.staged).toBeNull();
    expect(row(id).headline).toBe("Vorgemerkt Verwerfen");
    expect(newsroom.saveArticle(staff.editor, id, staged, 2, undefined, now)).toMatchObject({
      ok: false,
      reason: "conflict",
      changed: ["headline"],
    });
    expect(audit(id)).toContain("article-discard-staged");
  });
});
