import "server-only";
import { and, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { alias, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { articles, comments, sections, staff, type CommentStatus } from "@/db/schema";

// What the moderation desk reads: the queues with their filters and counts, one comment.

const QUEUE_PAGE_SIZE = 50;

interface QueueFilter {
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

/** LIKE pattern for a staff member's search text: their %, _ and \ match themselves. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

function filterWhere(filter: Omit<QueueFilter, "status" | "page">): SQL | undefined {
  const pattern = filter.query ? containsPattern(filter.query) : null;
  const like = (column: AnySQLiteColumn) => sql`${column} LIKE ${pattern} ESCAPE '\\'`;
  return and(
    filter.articleId ? eq(comments.articleId, filter.articleId) : undefined,
    filter.clientHash ? eq(comments.ipHash, filter.clientHash) : undefined,
    pattern
      ? or(like(comments.body), like(comments.authorName), like(comments.authorEmail))
      : undefined,
  );
}

const parent = alias(comments, "parent");
const moderator = alias(staff, "moderator");

/** A comment as the queue shows it: with its article, its parent and who moderated it. */
function selectQueueRows() {
  return getDb()
    .select({
      id: comments.id,
      articleId: comments.articleId,
      articleHeadline: articles.headline,
      articleUrl: sql<string>`'/' || ${sections.slug} || '/' || ${articles.slug}`,
      parentId: comments.parentId,
      parentAuthor: parent.authorName,
      parentBody: parent.body,
      authorName: comments.authorName,
      authorEmail: comments.authorEmail,
      body: comments.body,
      status: comments.status,
      createdAt: comments.createdAt,
      ipHash: comments.ipHash,
      isStaff: sql<boolean>`(${comments.staffId} IS NOT NULL)`.mapWith(Boolean),
      moderatedBy: moderator.displayName,
      moderatedAt: comments.moderatedAt,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(parent, eq(parent.id, comments.parentId))
    .leftJoin(moderator, eq(moderator.id, comments.moderatedBy));
}

export function countByStatus(
  filter: Omit<QueueFilter, "status" | "page">,
): Record<CommentStatus, number> {
  const rows = getDb()
    .select({ status: comments.status, n: count() })
    .from(comments)
    .where(filterWhere(filter))
    .groupBy(comments.status)
    .all();
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, spam: 0, trash: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export function listQueue(filter: QueueFilter): {
  rows: QueueRow[];
  total: number;
  pageCount: number;
} {
  const where = and(eq(comments.status, filter.status), filterWhere(filter));
  const total = getDb().select({ total: count() }).from(comments).where(where).get()?.total ?? 0;
  const rows = selectQueueRows()
    .where(where)
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(QUEUE_PAGE_SIZE)
    .offset((filter.page - 1) * QUEUE_PAGE_SIZE)
    .all();
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)) };
}

export function findComment(id: number): QueueRow | null {
  return selectQueueRows().where(eq(comments.id, id)).get() ?? null;
}
