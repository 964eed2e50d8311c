import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";

// Times are integer milliseconds since the epoch (UTC): they survive JSON
// serialisation in Next's data cache unchanged, unlike Date objects.

export const sections = sqliteTable("sections", {
  id: integer("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  position: integer("position").notNull(),
});

export const authors = sqliteTable("authors", {
  id: integer("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  role: text("role").notNull().default(""),
  bio: text("bio").notNull().default(""),
  isColumnist: integer("is_columnist", { mode: "boolean" }).notNull().default(false),
});

export const articleStatuses = ["draft", "review", "scheduled", "published", "withdrawn"] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/**
 * When an article last changed, for the admin's list: its indexes and its query use this same
 * expression, so SQLite walks an index instead of sorting (unqualified names: an index cannot
 * name its table).
 */
export const articleLastChange = sql`coalesce(changed_at, published_at)`;

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    sectionId: integer("section_id")
      .notNull()
      .references(() => sections.id),
    // null means the byline "Redaktion".
    authorId: integer("author_id").references(() => authors.id),
    kicker: text("kicker").notNull().default(""),
    headline: text("headline").notNull(),
    teaser: text("teaser").notNull(),
    body: text("body").notNull(),
    imageKey: text("image_key"),
    imageAlt: text("image_alt").notNull().default(""),
    imageCaption: text("image_caption").notNull().default(""),
    imageCredit: text("image_credit").notNull().default(""),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    publishedAt: integer("published_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    commentsClosed: integer("comments_closed", { mode: "boolean" }).notNull().default(false),
    // Approved comments, kept in step by the comment writes; feeds "Meistkommentiert".
    commentCount: integer("comment_count").notNull().default(0),
    // Optional overrides for the <title> and meta description; empty means headline and lead.
    seoTitle: text("seo_title").notNull().default(""),
    seoDescription: text("seo_description").notNull().default(""),
    // The newsroom's bookkeeping (null for seeded articles): who wrote the first draft, the last
    // change of any kind (updatedAt is what readers see as "aktualisiert", which a minor edit
    // leaves alone), and the revision the editor form was loaded at, so a second save over a
    // change made meanwhile is refused instead of overwriting it.
    createdBy: integer("created_by").references(() => staff.id, { onDelete: "set null" }),
    changedAt: integer("changed_at"),
    changedBy: integer("changed_by").references(() => staff.id, { onDelete: "set null" }),
    revision: integer("revision").notNull().default(0),
    // Set at the first publication; the slug is fixed from then on (changes leave a redirect).
    firstPublishedAt: integer("first_published_at"),
    // "Änderungen vormerken": the revision whose fields wait to replace the public ones while the
    // published version stays public (null: none), and when the publication clock applies them
    // (null: when an editor publishes them).
    stagedRevision: integer("staged_revision"),
    stagedAt: integer("staged_at"),
  },
  (t) => [
    // Newest-first lists walk these indexes; status is the last column so the visibility
    // check needs no table lookup.
    index("articles_published_idx").on(t.publishedAt, t.status),
    index("articles_section_published_idx").on(t.sectionId, t.publishedAt, t.status),
    index("articles_author_published_idx").on(t.authorId, t.publishedAt, t.status),
    // The admin's article list, newest change first (changedAt, or publishedAt for articles the
    // newsroom never touched), alone and per Ressort and author (db/queries/newsroom-list). No
    // (status, …) index: without ANALYZE statistics SQLite takes it for every reader's
    // `status IN (…)` list and sorts the whole archive (a cache miss went from 30 to 180 ms);
    // the admin's status filter walks the last-change index instead.
    index("articles_last_change_idx").on(articleLastChange),
    index("articles_section_change_idx").on(t.sectionId, articleLastChange),
    index("articles_author_change_idx").on(t.authorId, articleLastChange),
    // The publication clock's staged versions that are due (a handful of rows at most).
    index("articles_staged_at_idx")
      .on(t.stagedAt)
      .where(sql`staged_at is not null`),
  ],
);

/** Slugs an article was published under before; they redirect (308) to the current URL. */
export const articleSlugHistory = sqliteTable(
  "article_slug_history",
  {
    slug: text("slug").primaryKey(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
  },
  (t) => [index("article_slug_history_article_idx").on(t.articleId)],
);

export const tags = sqliteTable("tags", {
  id: integer("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
});

export const articleTags = sqliteTable(
  "article_tags",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index("article_tags_tag_idx").on(t.tagId, t.articleId),
  ],
);

export const pages = sqliteTable("pages", {
  id: integer("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  body: text("body").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

/**
 * admin: everything; editor (Redakteur/in): all articles, authors, topics and comments; author
 * (Autor/in): own drafts, submitted for review; moderator: comments only.
 */
export const staffRoles = ["admin", "editor", "author", "moderator"] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staff = sqliteTable("staff", {
  id: integer("id").primaryKey(),
  username: text("username").notNull().unique(),
  displayName: text("display_name").notNull(),
  role: text("role", { enum: staffRoles }).notNull().default("moderator"),
  passwordHash: text("password_hash").notNull(),
  createdAt: integer("created_at").notNull(),
});

const commentStatuses = ["pending", "approved", "spam", "trash"] as const;
export type CommentStatus = (typeof commentStatuses)[number];

export const comments = sqliteTable(
  "comments",
  {
    // AUTOINCREMENT: a deleted comment's id is never given to a new one, so the audit log's
    // entries for it stay unambiguous.
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnySQLiteColumn => comments.id, {
      onDelete: "set null",
    }),
    // 0 for top-level comments, at most 2 (three levels).
    depth: integer("depth").notNull().default(0),
    authorName: text("author_name").notNull(),
    authorEmail: text("author_email").notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: commentStatuses }).notNull().default("pending"),
    createdAt: integer("created_at").notNull(),
    // HMAC of the client address under SECRET_KEY; the raw address is never stored.
    ipHash: text("ip_hash").notNull(),
    userAgent: text("user_agent").notNull().default(""),
    // Set for replies written by staff in the admin ("Redaktion" badge).
    staffId: integer("staff_id").references(() => staff.id, { onDelete: "set null" }),
    moderatedBy: integer("moderated_by").references(() => staff.id, { onDelete: "set null" }),
    moderatedAt: integer("moderated_at"),
  },
  (t) => [
    index("comments_article_status_idx").on(t.articleId, t.status, t.createdAt),
    index("comments_status_created_idx").on(t.status, t.createdAt),
    index("comments_ip_created_idx").on(t.ipHash, t.createdAt),
    index("comments_email_idx").on(t.authorEmail, t.status),
    index("comments_parent_idx").on(t.parentId),
  ],
);

/** Key/value settings: the generated secret key, staff settings such as the blocklist. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export type Article = typeof articles.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type Page = typeof pages.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type Staff = typeof staff.$inferSelect;

/** Staff sessions; only the SHA-256 of the cookie's token is stored. */
export const sessions = sqliteTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    createdAt: integer("created_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
  },
  (t) => [index("sessions_staff_idx").on(t.staffId)],
);

/** Failed logins, per key ("user:NAME" or "client:HASH"), for throttling. */
export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey(),
    key: text("key").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("login_failures_key_idx").on(t.key, t.createdAt)],
);

/**
 * Every moderation action: who, when, from → to. No foreign key to comments, so the entry
 * survives when the comment is deleted for good.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey(),
    commentId: integer("comment_id"),
    articleId: integer("article_id"),
    staffId: integer("staff_id").references(() => staff.id, { onDelete: "set null" }),
    staffName: text("staff_name").notNull(),
    action: text("action").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    detail: text("detail").notNull().default(""),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    index("audit_log_comment_idx").on(t.commentId, t.createdAt),
    index("audit_log_created_idx").on(t.createdAt),
    index("audit_log_staff_idx").on(t.staffId, t.createdAt),
    index("audit_log_article_idx").on(t.articleId, t.createdAt),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;

/**
 * Every save of an article in the admin: the editable fields as they were after the save, who
 * saved and which fields changed. Restoring one writes a new revision; none is ever changed.
 */
export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** The article's revision counter after this save (1, 2, …). */
    revision: integer("revision").notNull(),
    staffId: integer("staff_id").references(() => staff.id, { onDelete: "set null" }),
    staffName: text("staff_name").notNull(),
    createdAt: integer("created_at").notNull(),
    /** JSON array of the changed fields' names. */
    changedFields: text("changed_fields").notNull().default("[]"),
    /** JSON of the editable fields after the save (lib/newsroom.ts ArticleFields). */
    snapshot: text("snapshot").notNull(),
    /** Saved as staged changes ("vorgemerkt"): readers did not see these fields at the save. */
    staged: integer("staged", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.revision)],
);

export type ArticleRevision = typeof articleRevisions.$inferSelect;
