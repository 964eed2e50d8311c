import "server-only";
import { getDb } from "@/db/client";
import type { CommentStatus } from "@/db/schema";
import { replyPlacement } from "@/lib/comment-rules";
import { nextStatus, type ModerationAction } from "@/lib/moderation";
import type { StaffMember } from "./staff";

export const QUEUE_PAGE_SIZE = 50;

export interface QueueFilter {
  status: CommentStatus;
  page: number;
  articleId?: number;
  query?: string;
  clientHash?: string;
}

export interface QueueRow {
  id: number;
  articleId: number;
  articleHeadline: string;
  articleUrl: string;
  parentId: number | null;
  parentAuthor: string | null;
  parentBody: string | null;
  authorName: string;
  authorEmail: string;
  body: string;
  status: CommentStatus;
  createdAt: number;
  ipHash: string;
  isStaff: boolean;
  moderatedBy: string | null;
  moderatedAt: number | null;
}

function filterSql(filter: Omit<QueueFilter, "status" | "page">): {
  where: string;
  params: Record<string, unknown>;
} {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.articleId) {
    parts.push("c.article_id = @articleId");
    params.articleId = filter.articleId;
  }
  if (filter.clientHash) {
    parts.push("c.ip_hash = @clientHash");
    params.clientHash = filter.clientHash;
  }
  if (filter.query) {
    parts.push(
      "(c.body LIKE @q ESCAPE '\\' OR c.author_name LIKE @q ESCAPE '\\' OR c.author_email LIKE @q ESCAPE '\\')",
    );
    params.q = `%${filter.query.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  }
  return { where: parts.length ? ` AND ${parts.join(" AND ")}` : "", params };
}

/** A comment as the queue shows it: with its article, its parent and who moderated it. */
const QUEUE_ROW_SQL = `
  SELECT c.id, c.article_id AS articleId, a.headline AS articleHeadline,
    '/' || s.slug || '/' || a.slug AS articleUrl, c.parent_id AS parentId,
    p.author_name AS parentAuthor, p.body AS parentBody, c.author_name AS authorName,
    c.author_email AS authorEmail, c.body, c.status, c.created_at AS createdAt,
    c.ip_hash AS ipHash, (c.staff_id IS NOT NULL) AS isStaff,
    m.display_name AS moderatedBy, c.moderated_at AS moderatedAt
  FROM comments c
  JOIN articles a ON a.id = c.article_id
  JOIN sections s ON s.id = a.section_id
  LEFT JOIN comments p ON p.id = c.parent_id
  LEFT JOIN staff m ON m.id = c.moderated_by`;

export function countByStatus(
  filter: Omit<QueueFilter, "status" | "page">,
): Record<CommentStatus, number> {
  const { where, params } = filterSql(filter);
  const rows = getDb()
    .$client.prepare(
      `SELECT c.status, COUNT(*) AS n FROM comments c WHERE 1 = 1${where} GROUP BY c.status`,
    )
    .all(params) as { status: CommentStatus; n: number }[];
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, spam: 0, trash: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export function listQueue(filter: QueueFilter): {
  rows: QueueRow[];
  total: number;
  pageCount: number;
} {
  const { where, params } = filterSql(filter);
  const db = getDb().$client;
  const { total } = db
    .prepare(`SELECT COUNT(*) AS total FROM comments c WHERE c.status = @status${where}`)
    .get({ ...params, status: filter.status }) as { total: number };
  const rows = db
    .prepare(
      `${QUEUE_ROW_SQL}
       WHERE c.status = @status${where}
       ORDER BY c.created_at DESC, c.id DESC
       LIMIT ${QUEUE_PAGE_SIZE} OFFSET @offset`,
    )
    .all({
      ...params,
      status: filter.status,
      offset: (filter.page - 1) * QUEUE_PAGE_SIZE,
    }) as (Omit<QueueRow, "isStaff"> & { isStaff: number })[];
  return {
    rows: rows.map((r) => ({ ...r, isStaff: r.isStaff === 1 })),
    total,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
  };
}

export function findComment(id: number): QueueRow | null {
  const row = getDb().$client.prepare(`${QUEUE_ROW_SQL} WHERE c.id = ?`).get(id) as
    (Omit<QueueRow, "isStaff"> & { isStaff: number }) | undefined;
  return row ? { ...row, isStaff: row.isStaff === 1 } : null;
}

export interface ModerationResult {
  changed: number;
  /** Articles whose public comments changed, so their cache tags must expire. */
  publicArticles: number[];
}

function audit(
  staff: StaffMember,
  entry: {
    commentId: number | null;
    articleId: number | null;
    action: string;
    from?: string | null;
    to?: string | null;
    detail?: string;
  },
  now: number,
): void {
  getDb()
    .$client.prepare(
      `INSERT INTO audit_log (comment_id, article_id, staff_id, staff_name, action, from_status, to_status, detail, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      entry.commentId,
      entry.articleId,
      staff.id,
      staff.displayName,
      entry.action,
      entry.from ?? null,
      entry.to ?? null,
      entry.detail ?? "",
      now,
    );
}

function adjustCount(articleId: number, delta: number): void {
  if (delta !== 0) {
    getDb()
      .$client.prepare("UPDATE articles SET comment_count = MAX(0, comment_count + ?) WHERE id = ?")
      .run(delta, articleId);
  }
}

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
  const db = getDb().$client;
  const select = db.prepare(
    "SELECT id, article_id AS articleId, status FROM comments WHERE id = ?",
  );
  const update = db.prepare(
    "UPDATE comments SET status = ?, moderated_by = ?, moderated_at = ? WHERE id = ? AND status = ?",
  );
  const remove = db.prepare("DELETE FROM comments WHERE id = ? AND status = ?");
  return db
    .transaction((): ModerationResult => {
      let changed = 0;
      const publicArticles = new Set<number>();
      for (const id of new Set(ids)) {
        const row = select.get(id) as
          { id: number; articleId: number; status: CommentStatus } | undefined;
        if (!row) continue;
        const to = nextStatus(action, row.status);
        if (to === null) continue;
        if (to === "deleted") {
          // Replies keep their place: their parent link is set to NULL by the foreign key.
          remove.run(id, row.status);
        } else {
          update.run(to, staff.id, now, id, row.status);
        }
        const delta = (to === "approved" ? 1 : 0) - (row.status === "approved" ? 1 : 0);
        adjustCount(row.articleId, delta);
        if (delta !== 0) publicArticles.add(row.articleId);
        audit(
          staff,
          { commentId: id, articleId: row.articleId, action, from: row.status, to },
          now,
        );
        changed++;
      }
      return { changed, publicArticles: [...publicArticles] };
    })
    .immediate();
}

/** Deletes every comment of a queue (spam or trash) for good; the audit keeps an entry each. */
export function emptyQueue(staff: StaffMember, status: "spam" | "trash", now = Date.now()): number {
  const db = getDb().$client;
  const ids = (
    db.prepare("SELECT id FROM comments WHERE status = ?").all(status) as { id: number }[]
  ).map((r) => r.id);
  return moderateComments(staff, "delete", ids, now).changed;
}

export function editComment(
  staff: StaffMember,
  id: number,
  changes: { name: string; body: string },
  now = Date.now(),
): { articleId: number; isPublic: boolean } | null {
  const db = getDb().$client;
  return db
    .transaction(() => {
      const row = db
        .prepare(
          "SELECT article_id AS articleId, status, author_name AS name, body FROM comments WHERE id = ?",
        )
        .get(id) as
        { articleId: number; status: CommentStatus; name: string; body: string } | undefined;
      if (!row) return null;
      db.prepare(
        "UPDATE comments SET author_name = ?, body = ?, moderated_by = ?, moderated_at = ? WHERE id = ?",
      ).run(changes.name, changes.body, staff.id, now, id);
      const what = [
        row.name !== changes.name ? "Name" : null,
        row.body !== changes.body ? "Text" : null,
      ]
        .filter(Boolean)
        .join(", ");
      audit(
        staff,
        {
          commentId: id,
          articleId: row.articleId,
          action: "edit",
          from: row.status,
          to: row.status,
          detail: what ? `geändert: ${what}` : "",
        },
        now,
      );
      return { articleId: row.articleId, isPublic: row.status === "approved" };
    })
    .immediate();
}

export type StaffReplyResult =
  { kind: "ok"; id: number; articleId: number } | { kind: "bad-parent" };

/** A reply written by staff: approved at once, marked "Redaktion" on the site. */
export function replyAsStaff(
  staff: StaffMember,
  parentId: number,
  body: string,
  now = Date.now(),
): StaffReplyResult {
  const db = getDb().$client;
  return db
    .transaction((): StaffReplyResult => {
      const parent = db
        .prepare(
          "SELECT id, parent_id AS parentId, depth, article_id AS articleId FROM comments WHERE id = ? AND status = 'approved'",
        )
        .get(parentId) as
        { id: number; parentId: number | null; depth: number; articleId: number } | undefined;
      if (!parent) return { kind: "bad-parent" };
      const placement = replyPlacement(parent);
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO comments (article_id, parent_id, depth, author_name, author_email, body, status,
             created_at, ip_hash, user_agent, staff_id, moderated_by, moderated_at)
           VALUES (?, ?, ?, ?, '', ?, 'approved', ?, 'redaktion', '', ?, ?, ?)`,
        )
        .run(
          parent.articleId,
          placement.parentId,
          placement.depth,
          staff.displayName,
          body,
          now,
          staff.id,
          staff.id,
          now,
        );
      adjustCount(parent.articleId, 1);
      const id = Number(lastInsertRowid);
      audit(
        staff,
        {
          commentId: id,
          articleId: parent.articleId,
          action: "reply",
          from: null,
          to: "approved",
          detail: `Antwort auf #${parentId}`,
        },
        now,
      );
      return { kind: "ok", id, articleId: parent.articleId };
    })
    .immediate();
}

export interface AuditRow {
  id: number;
  commentId: number | null;
  articleId: number | null;
  staffName: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  detail: string;
  createdAt: number;
}

export function listAudit(filter: {
  commentId?: number;
  staff?: string;
  action?: string;
  page: number;
}): {
  rows: AuditRow[];
  total: number;
  pageCount: number;
} {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.commentId) {
    parts.push("comment_id = @commentId");
    params.commentId = filter.commentId;
  }
  if (filter.staff) {
    parts.push("staff_name = @staff");
    params.staff = filter.staff;
  }
  if (filter.action) {
    parts.push("action = @action");
    params.action = filter.action;
  }
  const where = parts.length ? `WHERE ${parts.join(" AND ")}` : "";
  const db = getDb().$client;
  const { total } = db.prepare(`SELECT COUNT(*) AS total FROM audit_log ${where}`).get(params) as {
    total: number;
  };
  const rows = db
    .prepare(
      `SELECT id, comment_id AS commentId, article_id AS articleId, staff_name AS staffName, action,
         from_status AS fromStatus, to_status AS toStatus, detail, created_at AS createdAt
       FROM audit_log ${where} ORDER BY created_at DESC, id DESC LIMIT ${QUEUE_PAGE_SIZE} OFFSET @offset`,
    )
    .all({ ...params, offset: (filter.page - 1) * QUEUE_PAGE_SIZE }) as AuditRow[];
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)) };
}

export function listStaffNames(): string[] {
  return (
    getDb().$client.prepare("SELECT DISTINCT staff_name AS n FROM audit_log ORDER BY n").all() as {
      n: string;
    }[]
  ).map((r) => r.n);
}

/** GDPR erasure: every comment of one address, deleted for good, one audit entry each. */
export function eraseByEmail(
  staff: StaffMember,
  email: string,
  now = Date.now(),
): ModerationResult {
  const db = getDb().$client;
  return db
    .transaction((): ModerationResult => {
      const rows = db
        .prepare(
          "SELECT id, article_id AS articleId, status FROM comments WHERE author_email = ? COLLATE NOCASE",
        )
        .all(email) as { id: number; articleId: number; status: CommentStatus }[];
      const publicArticles = new Set<number>();
      for (const row of rows) {
        db.prepare("DELETE FROM comments WHERE id = ?").run(row.id);
        if (row.status === "approved") {
          adjustCount(row.articleId, -1);
          publicArticles.add(row.articleId);
        }
        audit(
          staff,
          {
            commentId: row.id,
            articleId: row.articleId,
            action: "erase",
            from: row.status,
            to: "deleted",
            detail: "Löschung auf Anfrage (DSGVO)",
          },
          now,
        );
      }
      return { changed: rows.length, publicArticles: [...publicArticles] };
    })
    .immediate();
}
