import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { prepared } from "@/db/prepared";
import { getDb } from "@/db/client";
import { articles, comments } from "@/db/schema";
import { replyPlacement } from "@/lib/comment-rules";
import { t } from "@/lib/i18n";
import { nextStatus, type ModerationAction } from "@/lib/moderation";
import { writeAudit } from "./audit";
import type { StaffMember } from "./staff";

// What the moderation desk writes: status changes, edits and staff replies. Each runs in one
// IMMEDIATE transaction with its audit entries and the article's comment count.

export interface ModerationResult {
  changed: number;
  /** Articles whose public comments changed, so their cache tags must expire. */
  publicArticles: number[];
}

/**
 * Keeps an article's approved-comment count (for "Meistkommentiert") in step. Prepared once per
 * connection (every approved comment runs it); it runs on the process's connection, so inside a
 * writer's transaction it takes part in that transaction.
 */
export function adjustCommentCount(articleId: number, delta: number): void {
  if (delta === 0) return;
  countUpdate().run({ articleId, delta });
}

const countUpdate = prepared((db) =>
  db
    .update(articles)
    .set({ commentCount: sql`MAX(0, ${articles.commentCount} + ${sql.placeholder("delta")})` })
    .where(eq(articles.id, sql.placeholder("articleId")))
    .prepare(),
);

/**
 * Applies one action to many comments in one IMMEDIATE transaction. Each status read happens
 * inside it, so concurrent moderators cannot double-count; comments the action does not apply
 * to are skipped.
 */
export function moderateComments(
  staff: StaffMember,
  action: ModerationAction,
  ids: readonly number[],
  now = Date.now(),
): ModerationResult {
  return getDb().transaction(
    (tx): ModerationResult => {
      let changed = 0;
      const publicArticles = new Set<number>();
      for (const id of new Set(ids)) {
        const row = tx
          .select({ articleId: comments.articleId, status: comments.status })
          .from(comments)
          .where(eq(comments.id, id))
          .get();
        if (!row) continue;
        const to = nextStatus(action, row.status);
        if (to === null) continue;
        const unchanged = and(eq(comments.id, id), eq(comments.status, row.status));
        if (to === "deleted") {
          // Replies keep their place: their parent link is set to NULL by the foreign key.
          tx.delete(comments).where(unchanged).run();
        } else {
          tx.update(comments)
            .set({ status: to, moderatedBy: staff.id, moderatedAt: now })
            .where(unchanged)
            .run();
        }
        const delta = (to === "approved" ? 1 : 0) - (row.status === "approved" ? 1 : 0);
        adjustCommentCount(row.articleId, delta);
        if (delta !== 0) publicArticles.add(row.articleId);
        writeAudit(
          tx,
          staff,
          { commentId: id, articleId: row.articleId, action, from: row.status, to },
          now,
        );
        changed++;
      }
      return { changed, publicArticles: [...publicArticles] };
    },
    { behavior: "immediate" },
  );
}

/** Deletes every comment of a queue (spam or trash) for good; the audit keeps an entry each. */
export function emptyQueue(staff: StaffMember, status: "spam" | "trash", now = Date.now()): number {
  const ids = getDb()
    .select({ id: comments.id })
    .from(comments)
    .where(eq(comments.status, status))
    .all()
    .map((r) => r.id);
  return moderateComments(staff, "delete", ids, now).changed;
}

export function editComment(
  staff: StaffMember,
  id: number,
  changes: { name: string; body: string },
  now = Date.now(),
): { articleId: number; isPublic: boolean } | null {
  return getDb().transaction(
    (tx) => {
      const row = tx
        .select({
          articleId: comments.articleId,
          status: comments.status,
          name: comments.authorName,
          body: comments.body,
        })
        .from(comments)
        .where(eq(comments.id, id))
        .get();
      if (!row) return null;
      tx.update(comments)
        .set({
          authorName: changes.name,
          body: changes.body,
          moderatedBy: staff.id,
          moderatedAt: now,
        })
        .where(eq(comments.id, id))
        .run();
      const fields: string[] = [];
      if (row.name !== changes.name) fields.push(t.admin.auditDetail.name);
      if (row.body !== changes.body) fields.push(t.admin.auditDetail.text);
      writeAudit(
        tx,
        staff,
        {
          commentId: id,
          articleId: row.articleId,
          action: "edit",
          from: row.status,
          to: row.status,
          detail: fields.length ? t.admin.auditDetail.changed(fields) : "",
        },
        now,
      );
      return { articleId: row.articleId, isPublic: row.status === "approved" };
    },
    { behavior: "immediate" },
  );
}

type StaffReplyResult = { kind: "ok"; id: number; articleId: number } | { kind: "bad-parent" };

/** A reply written by staff: approved at once, marked "Redaktion" on the site. */
export function replyAsStaff(
  staff: StaffMember,
  parentId: number,
  body: string,
  now = Date.now(),
): StaffReplyResult {
  return getDb().transaction(
    (tx): StaffReplyResult => {
      const parent = tx
        .select({
          id: comments.id,
          parentId: comments.parentId,
          depth: comments.depth,
          articleId: comments.articleId,
        })
        .from(comments)
        .where(and(eq(comments.id, parentId), eq(comments.status, "approved")))
        .get();
      if (!parent) return { kind: "bad-parent" };
      const placement = replyPlacement(parent);
      const inserted = tx
        .insert(comments)
        .values({
          articleId: parent.articleId,
          parentId: placement.parentId,
          depth: placement.depth,
          authorName: staff.displayName,
          authorEmail: "",
          body,
          status: "approved",
          createdAt: now,
          ipHash: "redaktion",
          userAgent: "",
          staffId: staff.id,
          moderatedBy: staff.id,
          moderatedAt: now,
        })
        .returning({ id: comments.id })
        .get();
      adjustCommentCount(parent.articleId, 1);
      writeAudit(
        tx,
        staff,
        {
          commentId: inserted.id,
          articleId: parent.articleId,
          action: "reply",
          from: null,
          to: "approved",
          detail: t.admin.auditDetail.replyTo(parentId),
        },
        now,
      );
      return { kind: "ok", id: inserted.id, articleId: parent.articleId };
    },
    { behavior: "immediate" },
  );
}
