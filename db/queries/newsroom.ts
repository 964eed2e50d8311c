import "server-only";
import { and, asc, desc, eq, gt, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, type Writer } from "@/db/client";
import {
  articleRevisions,
  articles,
  articleSlugHistory,
  articleTags,
  authors,
  sections,
  staff as staffTable,
  tags,
  type ArticleStatus,
} from "@/db/schema";
import { t } from "@/lib/i18n";
import {
  ARTICLE_FIELDS,
  changedFields,
  mayTake,
  type ArticleField,
  type ArticleFields,
  type FormIntent,
  type WorkflowAction,
} from "@/lib/newsroom";
import { formatDateTime } from "@/lib/dates";
import { slugify } from "@/lib/slug";
import { articleCacheFacts, tagsToExpire, type ArticleCacheFacts } from "./article-cache";
import { articleViewColumns, selectTeasers, type ArticleView } from "./articles";
import { writeAudit } from "./audit";
import { dueStagedArticles } from "./schedule";
import type { StaffMember } from "./staff";

// The newsroom's writes: create and save articles (each save a revision), and the workflow's
// status steps. Each runs in one IMMEDIATE transaction with its audit entries and answers the
// cache tags the caller expires after the commit.

export type { FormIntent } from "@/lib/newsroom";

export type WriteResult =
  | {
      ok: true;
      id: number;
      revision: number;
      /** What decided the cache tags: the article's facts before and after the write. */
      facts: { before: ArticleCacheFacts | null; after: ArticleCacheFacts | null };
      /** The cache tags to expire after the commit (tagsToExpire of the facts). */
      expire: string[];
    }
  /** Saved meanwhile by someone else: the fields they changed since the form's revision. */
  | { ok: false; reason: "conflict"; changed: ArticleField[]; revision: number }
  /** A field the schema could not check (a taken slug, a schedule in the past). */
  | { ok: false; reason: "invalid"; field: string; message: string }
  | { ok: false; reason: "forbidden" | "missing" };

export interface SaveOptions {
  intent: FormIntent;
  /** A typo fix: a published article's "aktualisiert" time stays. */
  minor?: boolean;
  /** For "schedule": when it goes public (epoch ms). */
  scheduleAt?: number | null;
  /** The save restores this revision's fields (logged as a restore). */
  restoredFrom?: number;
}

// ---- Reads for the editor ---------------------------------------------------------------------

export interface EditorArticle {
  id: number;
  fields: ArticleFields;
  status: ArticleStatus;
  revision: number;
  publishedAt: number;
  firstPublishedAt: number | null;
  createdBy: number | null;
  changedAt: number | null;
  changedByName: string | null;
  sectionSlug: string;
  /** Readers see it now. */
  isPublic: boolean;
  /** It has been public (its old slugs redirect when the slug changes). */
  hasBeenPublic: boolean;
  /** Changes saved with "Änderungen vormerken", waiting while the published version stays. */
  staged: StagedChanges | null;
}

export interface StagedChanges {
  revision: number;
  fields: ArticleFields;
  staffName: string;
  createdAt: number;
  /** When the publication clock publishes them; null: when an editor does. */
  at: number | null;
}

function topicNames(db: Writer, articleId: number): string[] {
  return db
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name))
    .all()
    .map((row) => row.name);
}

const changer = alias(staffTable, "changer");

function readEditorArticle(db: Writer, id: number, now = Date.now()): EditorArticle | null {
  const row = db
    .select({
      id: articles.id,
      sectionId: articles.sectionId,
      kicker: articles.kicker,
      headline: articles.headline,
      teaser: articles.teaser,
      body: articles.body,
      authorId: articles.authorId,
      slug: articles.slug,
      commentsClosed: articles.commentsClosed,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      status: articles.status,
      revision: articles.revision,
      publishedAt: articles.publishedAt,
      firstPublishedAt: articles.firstPublishedAt,
      createdBy: articles.createdBy,
      changedAt: articles.changedAt,
      changedByName: changer.displayName,
      sectionSlug: sections.slug,
      stagedRevision: articles.stagedRevision,
      stagedAt: articles.stagedAt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(changer, eq(changer.id, articles.changedBy))
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  const { sectionId, kicker, headline, teaser, body, authorId, slug } = row;
  return {
    id: row.id,
    fields: {
      sectionId,
      kicker,
      headline,
      teaser,
      body,
      authorId,
      topics: topicNames(db, id),
      slug,
      commentsClosed: row.commentsClosed,
      seoTitle: row.seoTitle,
      seoDescription: row.seoDescription,
    },
    status: row.status,
    revision: row.revision,
    publishedAt: row.publishedAt,
    firstPublishedAt: row.firstPublishedAt,
    createdBy: row.createdBy,
    changedAt: row.changedAt,
    changedByName: row.changedByName,
    sectionSlug: row.sectionSlug,
    isPublic: (row.status === "published" || row.status === "scheduled") && row.publishedAt <= now,
    hasBeenPublic: hasBeenPublic(row, now),
    staged:
      row.stagedRevision === null ? null : readStaged(db, id, row.stagedRevision, row.stagedAt),
  };
}

function readStaged(
  db: Writer,
  articleId: number,
  revision: number,
  at: number | null,
): StagedChanges | null {
  const row = db
    .select({
      snapshot: articleRevisions.snapshot,
      staffName: articleRevisions.staffName,
      createdAt: articleRevisions.createdAt,
    })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.revision, revision)))
    .get();
  if (!row) return null;
  return {
    revision,
    fields: JSON.parse(row.snapshot) as ArticleFields,
    staffName: row.staffName,
    createdAt: row.createdAt,
    at,
  };
}

/** The article as the editor form shows it, or null. */
export function findEditorArticle(id: number): EditorArticle | null {
  return readEditorArticle(getDb(), id);
}

export interface EditorOptions {
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  topics: string[];
}

/** The choices the form offers: Ressorts, authors, existing topic names. */
export function findEditorOptions(): EditorOptions {
  const db = getDb();
  return {
    sections: db
      .select({ id: sections.id, name: sections.name })
      .from(sections)
      .orderBy(asc(sections.position))
      .all(),
    authors: db
      .select({ id: authors.id, name: authors.name })
      .from(authors)
      .orderBy(asc(authors.name))
      .all(),
    topics: db
      .select({ name: tags.name })
      .from(tags)
      .orderBy(asc(tags.name))
      .all()
      .map((row) => row.name),
  };
}

/** The article as readers would see it, whatever its status (the staff preview). */
export function findPreviewArticle(id: number): (ArticleView & { status: ArticleStatus }) | null {
  const db = getDb();
  const row = selectTeasers(db, { ...articleViewColumns, status: articles.status })
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  const topics = db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name))
    .all();
  return { ...row, tags: topics };
}

/**
 * The article as readers would see it once its staged changes are published (the preview of
 * "Änderungen vormerken"), or null when there are none.
 */
export function findStagedPreview(id: number): (ArticleView & { status: ArticleStatus }) | null {
  const db = getDb();
  const editable = readEditorArticle(db, id);
  const published = findPreviewArticle(id);
  if (!editable?.staged || !published) return null;
  const fields = editable.staged.fields;
  const section = db
    .select({ slug: sections.slug, name: sections.name })
    .from(sections)
    .where(eq(sections.id, fields.sectionId))
    .get();
  const author =
    fields.authorId === null
      ? undefined
      : db
          .select({ name: authors.name, slug: authors.slug, role: authors.role })
          .from(authors)
          .where(eq(authors.id, fields.authorId))
          .get();
  return {
    ...published,
    slug: fields.slug,
    sectionId: fields.sectionId,
    sectionSlug: section?.slug ?? published.sectionSlug,
    sectionName: section?.name ?? published.sectionName,
    kicker: fields.kicker,
    headline: fields.headline,
    teaser: fields.teaser,
    body: fields.body,
    authorName: author?.name ?? null,
    authorSlug: author?.slug ?? null,
    authorRole: author?.role ?? null,
    isColumn: (section?.slug ?? published.sectionSlug) === "kolumne",
    commentsClosed: fields.commentsClosed,
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
    // New topics get their page at publication; their slug is the one they will get.
    tags: fields.topics.map((name) => ({ slug: slugify(name), name })),
  };
}

// ---- Writes -----------------------------------------------------------------------------------

/** The slug is fixed (changes leave a redirect) once the article has been public. */
function hasBeenPublic(article: { firstPublishedAt: number | null }, now: number): boolean {
  return article.firstPublishedAt !== null && article.firstPublishedAt <= now;
}

/** Another article has this slug, or had it and its old links redirect there. */
function slugTaken(db: Writer, slug: string, articleId: number | null): boolean {
  const mine = articleId ?? 0;
  const live = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, slug), ne(articles.id, mine)))
    .get();
  if (live) return true;
  const old = db
    .select({ id: articleSlugHistory.articleId })
    .from(articleSlugHistory)
    .where(and(eq(articleSlugHistory.slug, slug), ne(articleSlugHistory.articleId, mine)))
    .get();
  return old !== undefined;
}

/** Existing topics by slug, new ones created; answers the tag ids and their stored names. */
function resolveTopics(db: Writer, names: string[]): { id: number; name: string }[] {
  const resolved = new Map<number, string>();
  for (const name of names) {
    const slug = slugify(name);
    const found = db
      .select({ id: tags.id, name: tags.name })
      .from(tags)
      .where(eq(tags.slug, slug))
      .get();
    const tag = found ?? db.insert(tags).values({ slug, name }).returning().get();
    resolved.set(tag.id, tag.name);
  }
  return [...resolved].map(([id, name]) => ({ id, name }));
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Topic names as a save would store them (existing topics' spelling, one per slug, sorted),
 * without creating any: staged changes create their new topics when they are published. */
function storedTopicNames(db: Writer, names: string[]): string[] {
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    if (bySlug.has(slug)) continue;
    const found = db.select({ name: tags.name }).from(tags).where(eq(tags.slug, slug)).get();
    bySlug.set(slug, found?.name ?? name);
  }
  return [...bySlug.values()].sort(byName);
}

function writeFields(
  tx: Writer,
  id: number,
  fields: ArticleFields,
): { topics: string[]; topicIds: number[] } {
  const topics = resolveTopics(tx, fields.topics);
  tx.delete(articleTags).where(eq(articleTags.articleId, id)).run();
  if (topics.length > 0) {
    tx.insert(articleTags)
      .values(topics.map((topic) => ({ articleId: id, tagId: topic.id })))
      .run();
  }
  return {
    topics: topics.map((topic) => topic.name).sort(byName),
    topicIds: topics.map((x) => x.id),
  };
}

/** The articles table's columns an editor save writes (topics live in article_tags). */
function articleColumns(fields: ArticleFields) {
  return {
    slug: fields.slug,
    sectionId: fields.sectionId,
    authorId: fields.authorId,
    kicker: fields.kicker,
    headline: fields.headline,
    teaser: fields.teaser,
    body: fields.body,
    commentsClosed: fields.commentsClosed,
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
  };
}

/** Who saves: a signed-in staff member, or the publication clock acting for one. */
type Actor = Pick<StaffMember, "displayName"> & { id: number | null };

function writeRevision(
  tx: Writer,
  staff: Actor,
  id: number,
  revision: number,
  fields: ArticleFields,
  changed: readonly ArticleField[],
  now: number,
  staged = false,
): void {
  tx.insert(articleRevisions)
    .values({
      articleId: id,
      revision,
      staffId: staff.id,
      staffName: staff.displayName,
      createdAt: now,
      changedFields: JSON.stringify(changed),
      snapshot: JSON.stringify(fields),
      staged,
    })
    .run();
}

/** The fields changed by revisions after `revision` (what a refused save missed). */
function changedSince(tx: Writer, id: number, revision: number): ArticleField[] {
  const changed = new Set<string>();
  for (const row of tx
    .select({ changedFields: articleRevisions.changedFields })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, id), gt(articleRevisions.revision, revision)))
    .all()) {
    for (const field of JSON.parse(row.changedFields) as string[]) changed.add(field);
  }
  return ARTICLE_FIELDS.filter((field) => changed.has(field));
}

function expiry(tx: Writer, before: ArticleCacheFacts | null, id: number, now: number) {
  const after = articleCacheFacts(tx, id, now);
  return { facts: { before, after }, expire: tagsToExpire(before, after) };
}

function invalid(field: string, message: string): WriteResult {
  return { ok: false, reason: "invalid", field, message };
}

/** The Ressort and the author the form names exist (a crafted id must not reach a foreign key). */
function unknownReference(tx: Writer, fields: ArticleFields): WriteResult | null {
  const section = tx
    .select({ id: sections.id })
    .from(sections)
    .where(eq(sections.id, fields.sectionId))
    .get();
  if (!section) return invalid("sectionId", t.newsroom.errors.sectionMissing);
  if (fields.authorId === null) return null;
  const author = tx
    .select({ id: authors.id })
    .from(authors)
    .where(eq(authors.id, fields.authorId))
    .get();
  return author ? null : invalid("authorId", t.newsroom.errors.authorInvalid);
}

/** The status and publication times a form step leads to, or a refusal. */
function stepTo(
  intent: FormIntent,
  current: { status: ArticleStatus; publishedAt: number; firstPublishedAt: number | null },
  options: SaveOptions,
  now: number,
):
  | { ok: true; status: ArticleStatus; publishedAt: number; firstPublishedAt: number | null }
  | { ok: false; result: WriteResult } {
  const { status, publishedAt, firstPublishedAt } = current;
  switch (intent) {
    case "saveDraft":
      return { ok: true, status, publishedAt, firstPublishedAt };
    case "submit":
      return { ok: true, status: "review", publishedAt, firstPublishedAt };
    case "publish": {
      // Published before (now or earlier): its date stays; otherwise it is published now.
      const before = status === "published" || hasBeenPublic(current, now);
      return {
        ok: true,
        status: "published",
        publishedAt: before ? Math.min(publishedAt, now) : now,
        firstPublishedAt: hasBeenPublic(current, now) ? firstPublishedAt : now,
      };
    }
    case "schedule": {
      const at = options.scheduleAt ?? null;
      if (at === null || at <= now) {
        return {
          ok: false,
          result: invalid("scheduleAt", t.newsroom.errors.schedulePast),
        };
      }
      return { ok: true, status: "scheduled", publishedAt: at, firstPublishedAt: at };
    }
    // Staged changes leave the article as it is (saveArticle routes them to stageChanges).
    case "stage":
    case "scheduleStaged":
      return { ok: true, status, publishedAt, firstPublishedAt };
  }
}

function auditStep(intent: FormIntent): string | null {
  return intent === "saveDraft" ? null : `article-${intent}`;
}

/** A new article, saved as a draft (revision 1) and, if asked, taken one step further. */
export function createArticle(
  staff: StaffMember,
  fields: ArticleFields,
  options: SaveOptions = { intent: "saveDraft" },
  now = Date.now(),
): WriteResult {
  return getDb().transaction(
    (tx): WriteResult => {
      if (!mayTake(staff.role, options.intent, { status: null, own: true })) {
        return { ok: false, reason: "forbidden" };
      }
      const unknown = unknownReference(tx, fields);
      if (unknown) return unknown;
      if (slugTaken(tx, fields.slug, null)) return invalid("slug", t.newsroom.errors.slugTaken);
      const step = stepTo(
        options.intent,
        { status: "draft", publishedAt: now, firstPublishedAt: null },
        options,
        now,
      );
      if (!step.ok) return step.result;
      const { id } = tx
        .insert(articles)
        .values({
          ...articleColumns(fields),
          status: step.status,
          publishedAt: step.publishedAt,
          updatedAt: step.publishedAt,
          firstPublishedAt: step.firstPublishedAt,
          createdBy: staff.id,
          changedAt: now,
          changedBy: staff.id,
          revision: 1,
        })
        .returning({ id: articles.id })
        .get();
      const { topics } = writeFields(tx, id, fields);
      writeRevision(tx, staff, id, 1, { ...fields, topics }, ARTICLE_FIELDS, now);
      writeAudit(tx, staff, { articleId: id, action: "article-create", to: "draft" }, now);
      const action = auditStep(options.intent);
      if (action) {
        writeAudit(tx, staff, { articleId: id, action, from: "draft", to: step.status }, now);
      }
      return {
        ok: true,
        id,
        revision: 1,
        ...expiry(tx, null, id, now),
      };
    },
    { behavior: "immediate" },
  );
}

/**
 * Saves the form over revision `expectedRevision` and takes the step it asks for. Refused when
 * the article has been saved since (the caller keeps the typed text), or when the staff member
 * may not take the step on this article (an author on someone else's or a published article).
 * "stage" and "scheduleStaged" keep the form's fields aside as staged changes: readers go on
 * seeing the published version until they are published (any other save of the article does
 * that, with whatever the form then holds, and so does the publication clock at their time).
 */
export function saveArticle(
  staff: StaffMember,
  id: number,
  fields: ArticleFields,
  expectedRevision: number,
  options: SaveOptions = { intent: "saveDraft" },
  now = Date.now(),
): WriteResult {
  return getDb().transaction(
    (tx): WriteResult => {
      const current = readEditorArticle(tx, id, now);
      if (!current) return { ok: false, reason: "missing" };
      const own = current.createdBy === staff.id;
      if (
        !mayTake(staff.role, "saveDraft", { status: current.status, own }) ||
        !mayTake(staff.role, options.intent, { status: current.status, own })
      ) {
        return { ok: false, reason: "forbidden" };
      }
      if (current.revision !== expectedRevision) {
        return {
          ok: false,
          reason: "conflict",
          changed: changedSince(tx, id, expectedRevision),
          revision: current.revision,
        };
      }
      const unknown = unknownReference(tx, fields);
      if (unknown) return unknown;
      if (fields.slug !== current.fields.slug && slugTaken(tx, fields.slug, id)) {
        return invalid("slug", t.newsroom.errors.slugTaken);
      }
      if (options.intent === "stage" || options.intent === "scheduleStaged") {
        return stageChanges(tx, staff, current, fields, options, now);
      }
      return applySave(tx, staff, current, fields, options, now);
    },
    { behavior: "immediate" },
  );
}

/** "Änderungen vormerken": a revision readers do not see yet, published now or at a time later. */
function stageChanges(
  tx: Writer,
  staff: StaffMember,
  current: EditorArticle,
  fields: ArticleFields,
  options: SaveOptions,
  now: number,
): WriteResult {
  if (!current.isPublic) return invalid("intent", t.newsroom.errors.stageNotPublic);
  let at: number | null = null;
  if (options.intent === "scheduleStaged") {
    at = options.scheduleAt ?? null;
    if (at === null || at <= now) return invalid("scheduleAt", t.newsroom.errors.schedulePast);
  }
  const revision = current.revision + 1;
  const staged: ArticleFields = { ...fields, topics: storedTopicNames(tx, fields.topics) };
  const changed = changedFields(current.staged?.fields ?? current.fields, staged);
  tx.update(articles)
    .set({
      revision,
      stagedRevision: revision,
      stagedAt: at,
      changedAt: now,
      changedBy: staff.id,
    })
    .where(eq(articles.id, current.id))
    .run();
  writeRevision(tx, staff, current.id, revision, staged, changed, now, true);
  writeAudit(
    tx,
    staff,
    {
      articleId: current.id,
      action: at === null ? "article-stage" : "article-schedule-staged",
      detail: [
        changed.length > 0 ? t.admin.auditDetail.changed(changed) : "",
        at === null ? "" : t.newsroom.stagedForDetail(formatDateTime(at)),
      ]
        .filter(Boolean)
        .join("; "),
    },
    now,
  );
  // Nothing readers see has changed: no page expires.
  const facts = articleCacheFacts(tx, current.id, now);
  return { ok: true, id: current.id, revision, facts: { before: facts, after: facts }, expire: [] };
}

/**
 * Writes the fields, takes the step, and records the revision and the audit entries; any staged
 * changes are settled by it (the form held them, or the clock publishes them).
 */
function applySave(
  tx: Writer,
  staff: Actor,
  current: EditorArticle,
  fields: ArticleFields,
  options: SaveOptions & { auditAction?: string },
  now: number,
): WriteResult {
  const id = current.id;
  const step = stepTo(options.intent, current, options, now);
  if (!step.ok) return step.result;
  const fixedSlug = hasBeenPublic(current, now);
  const slugChanged = fields.slug !== current.fields.slug;

  const before = articleCacheFacts(tx, id, now);
  const { topics } = writeFields(tx, id, fields);
  const after: ArticleFields = { ...fields, topics };
  // What readers see change (for "aktualisiert" and the audit), and what changed since the
  // revision before (for the revision's record, which may be staged changes).
  const changed = changedFields(current.fields, after);
  const changedSincePrevious = current.staged
    ? changedFields(current.staged.fields, after)
    : changed;
  const revision = current.revision + 1;
  // Readers see "aktualisiert" for any edit of a published article but a typo fix.
  const wasPublic =
    (current.status === "published" || current.status === "scheduled") &&
    hasBeenPublic(current, now);
  const visibleEdit = wasPublic && changed.length > 0 && !options.minor;
  tx.update(articles)
    .set({
      ...articleColumns(fields),
      status: step.status,
      publishedAt: step.publishedAt,
      firstPublishedAt: step.firstPublishedAt,
      changedAt: now,
      changedBy: staff.id,
      revision,
      stagedRevision: null,
      stagedAt: null,
      // Until it is public, "updated" is its publication time; then only visible edits move it.
      ...(wasPublic ? (visibleEdit ? { updatedAt: now } : {}) : { updatedAt: step.publishedAt }),
    })
    .where(eq(articles.id, id))
    .run();
  if (slugChanged) {
    // The new slug answers now; an old one that had been public keeps redirecting here.
    tx.delete(articleSlugHistory).where(eq(articleSlugHistory.slug, fields.slug)).run();
    if (fixedSlug) {
      tx.insert(articleSlugHistory)
        .values({ slug: current.fields.slug, articleId: id })
        .onConflictDoUpdate({ target: articleSlugHistory.slug, set: { articleId: id } })
        .run();
    }
  }
  writeRevision(tx, staff, id, revision, after, changedSincePrevious, now);
  // A step taken without changing a field is logged as that step alone.
  if (
    changed.length > 0 ||
    options.intent === "saveDraft" ||
    options.restoredFrom ||
    options.auditAction
  ) {
    writeAudit(
      tx,
      staff,
      {
        articleId: id,
        action: options.auditAction ?? (options.restoredFrom ? "article-restore" : "article-save"),
        detail: [
          options.restoredFrom ? t.newsroom.restoredDetail(options.restoredFrom) : "",
          current.staged && !options.auditAction ? t.newsroom.stagedPublishedDetail : "",
          changed.length > 0 ? t.admin.auditDetail.changed(changed) : "",
          slugChanged ? `${current.fields.slug} → ${fields.slug}` : "",
          options.minor ? t.newsroom.minorDetail : "",
        ]
          .filter(Boolean)
          .join("; "),
      },
      now,
    );
  }
  const action = auditStep(options.intent);
  if (action) {
    writeAudit(tx, staff, { articleId: id, action, from: current.status, to: step.status }, now);
  }
  return { ok: true, id, revision, ...expiry(tx, before, id, now) };
}

/**
 * Throws staged changes away (they stay in the revisions): a new revision records the published
 * fields again, so a form still holding the staged ones is refused as outdated.
 */
export function discardStagedChanges(
  staff: StaffMember,
  id: number,
  expectedRevision: number,
  now = Date.now(),
): WriteResult {
  return getDb().transaction(
    (tx): WriteResult => {
      const current = readEditorArticle(tx, id, now);
      if (!current) return { ok: false, reason: "missing" };
      const own = current.createdBy === staff.id;
      if (!mayTake(staff.role, "discardStaged", { status: current.status, own })) {
        return { ok: false, reason: "forbidden" };
      }
      if (current.revision !== expectedRevision || !current.staged) {
        return {
          ok: false,
          reason: "conflict",
          changed: changedSince(tx, id, expectedRevision),
          revision: current.revision,
        };
      }
      const revision = current.revision + 1;
      const changed = changedFields(current.staged.fields, current.fields);
      tx.update(articles)
        .set({
          revision,
          stagedRevision: null,
          stagedAt: null,
          changedAt: now,
          changedBy: staff.id,
        })
        .where(eq(articles.id, id))
        .run();
      writeRevision(tx, staff, id, revision, current.fields, changed, now);
      writeAudit(
        tx,
        staff,
        {
          articleId: id,
          action: "article-discard-staged",
          detail: t.newsroom.discardedDetail(current.staged.revision),
        },
        now,
      );
      const facts = articleCacheFacts(tx, id, now);
      return { ok: true, id, revision, facts: { before: facts, after: facts }, expire: [] };
    },
    { behavior: "immediate" },
  );
}

/**
 * The publication clock's part: staged changes whose time has come are published, each in its
 * own transaction, in the name of whoever staged them. Changes that can no longer be published
 * (their slug or author was taken away meanwhile) stay staged without a time, and the audit log
 * says why. Answers the cache tags to expire.
 */
export function publishDueStagedChanges(now = Date.now()): string[] {
  const tags = new Set<string>();
  for (const id of dueStagedArticles(now)) {
    const result = getDb().transaction(
      (tx): WriteResult | null => {
        const current = readEditorArticle(tx, id, now);
        if (!current?.staged || current.staged.at === null || current.staged.at > now) return null;
        const author = tx
          .select({ staffId: articleRevisions.staffId, staffName: articleRevisions.staffName })
          .from(articleRevisions)
          .where(
            and(
              eq(articleRevisions.articleId, id),
              eq(articleRevisions.revision, current.staged.revision),
            ),
          )
          .get();
        const actor: Actor = {
          id: author?.staffId ?? null,
          displayName: author?.staffName ?? current.staged.staffName,
        };
        const fields = current.staged.fields;
        const refusal =
          unknownReference(tx, fields) ??
          (fields.slug !== current.fields.slug && slugTaken(tx, fields.slug, id)
            ? invalid("slug", t.newsroom.errors.slugTaken)
            : null);
        if (refusal) {
          tx.update(articles).set({ stagedAt: null }).where(eq(articles.id, id)).run();
          writeAudit(
            tx,
            actor,
            {
              articleId: id,
              action: "article-staged-failed",
              detail: refusal.ok ? "" : refusal.reason === "invalid" ? refusal.message : "",
            },
            now,
          );
          return null;
        }
        return applySave(
          tx,
          actor,
          current,
          fields,
          { intent: "saveDraft", auditAction: "article-publish-staged" },
          now,
        );
      },
      { behavior: "immediate" },
    );
    if (result?.ok) for (const tag of result.expire) tags.add(tag);
  }
  return [...tags];
}

export type StatusStep = Extract<WorkflowAction, "withdraw" | "republish">;

/** Withdraw (the article leaves the site) or republish a withdrawn one; no fields change. */
export function changeArticleStatus(
  staff: StaffMember,
  id: number,
  step: StatusStep,
  now = Date.now(),
): WriteResult {
  return getDb().transaction(
    (tx): WriteResult => {
      const current = tx
        .select({
          status: articles.status,
          publishedAt: articles.publishedAt,
          firstPublishedAt: articles.firstPublishedAt,
          createdBy: articles.createdBy,
          revision: articles.revision,
        })
        .from(articles)
        .where(eq(articles.id, id))
        .get();
      if (!current) return { ok: false, reason: "missing" };
      if (
        !mayTake(staff.role, step, { status: current.status, own: current.createdBy === staff.id })
      ) {
        return { ok: false, reason: "forbidden" };
      }
      const before = articleCacheFacts(tx, id, now);
      const status: ArticleStatus = step === "withdraw" ? "withdrawn" : "published";
      const neverPublic = !hasBeenPublic(current, now);
      tx.update(articles)
        .set({
          status,
          changedAt: now,
          changedBy: staff.id,
          // Republishing one withdrawn before its scheduled time publishes it now.
          ...(step === "republish" && neverPublic
            ? { publishedAt: now, updatedAt: now, firstPublishedAt: now }
            : {}),
        })
        .where(eq(articles.id, id))
        .run();
      writeAudit(
        tx,
        staff,
        { articleId: id, action: `article-${step}`, from: current.status, to: status },
        now,
      );
      return {
        ok: true,
        id,
        revision: current.revision,
        ...expiry(tx, before, id, now),
      };
    },
    { behavior: "immediate" },
  );
}

// ---- Revisions ---------------------------------------------------------------------------------

export interface RevisionSummary {
  revision: number;
  staffName: string;
  createdAt: number;
  changedFields: ArticleField[];
  /** Saved as staged changes (readers did not see them at the save). */
  staged: boolean;
}

/** Every saved revision of an article, newest first. */
export function listRevisions(articleId: number): RevisionSummary[] {
  return getDb()
    .select({
      revision: articleRevisions.revision,
      staffName: articleRevisions.staffName,
      createdAt: articleRevisions.createdAt,
      changedFields: articleRevisions.changedFields,
      staged: articleRevisions.staged,
    })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.revision))
    .all()
    .map((row) => ({ ...row, changedFields: JSON.parse(row.changedFields) as ArticleField[] }));
}

/** The article's fields as one revision saved them, or null. */
export function findRevision(articleId: number, revision: number): ArticleFields | null {
  const row = getDb()
    .select({ snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.revision, revision)))
    .get();
  return row ? (JSON.parse(row.snapshot) as ArticleFields) : null;
}
