import "server-only";
import { and, count, desc, eq, type SQL } from "drizzle-orm";
import { getDb, type Writer } from "@/db/client";
import { auditLog, type AuditEntry } from "@/db/schema";
import type { StaffMember } from "./staff";

// The audit log: who did what to which comment (or setting), when. Every writer records its
// entry with `writeAudit` inside its own transaction, so an action and its entry are stored
// together or not at all.

const AUDIT_PAGE_SIZE = 50;

interface AuditInput {
  commentId?: number | null;
  articleId?: number | null;
  action: string;
  from?: string | null;
  to?: string | null;
  detail?: string;
}

export function writeAudit(
  db: Writer,
  /** Who acted; a null id: a staff member since deleted (the publication clock acting for them). */
  staff: Pick<StaffMember, "displayName"> & { id: number | null },
  entry: AuditInput,
  now = Date.now(),
): void {
  db.insert(auditLog)
    .values({
      commentId: entry.commentId ?? null,
      articleId: entry.articleId ?? null,
      staffId: staff.id,
      staffName: staff.displayName,
      action: entry.action,
      fromStatus: entry.from ?? null,
      toStatus: entry.to ?? null,
      detail: entry.detail ?? "",
      createdAt: now,
    })
    .run();
}

export type AuditRow = Omit<AuditEntry, "staffId">;

export function listAudit(filter: {
  commentId?: number;
  /** One article's entries (the newsroom's actions on it, audit_log_article_idx). */
  articleId?: number;
  staff?: string;
  action?: string;
  page: number;
}): { rows: AuditRow[]; total: number; pageCount: number } {
  const db = getDb();
  const where: SQL | undefined = and(
    filter.commentId ? eq(auditLog.commentId, filter.commentId) : undefined,
    filter.articleId ? eq(auditLog.articleId, filter.articleId) : undefined,
    filter.staff ? eq(auditLog.staffName, filter.staff) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
  );
  const total = db.select({ total: count() }).from(auditLog).where(where).get()?.total ?? 0;
  const rows = db
    .select({
      id: auditLog.id,
      commentId: auditLog.commentId,
      articleId: auditLog.articleId,
      staffName: auditLog.staffName,
      action: auditLog.action,
      fromStatus: auditLog.fromStatus,
      toStatus: auditLog.toStatus,
      detail: auditLog.detail,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((filter.page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** Everyone who appears in the log, for the filter. */
export function listStaffNames(): string[] {
  return getDb()
    .selectDistinct({ name: auditLog.staffName })
    .from(auditLog)
    .orderBy(auditLog.staffName)
    .all()
    .map((r) => r.name);
}
