import "server-only";
import { createHmac } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, type CommentStatus } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import {
  decideStatus,
  duplicateKey,
  rateLimitVerdict,
  replyPlacement,
  type RateVerdict,
} from "@/lib/comment-rules";
import { countLinks, findBlockedWord } from "@/lib/comment-text";
import { clientNetwork } from "@/lib/client-ip";
import { buildThreads, type CommentPage, type PublicComment } from "@/lib/comment-thread";
import { cached } from "./cache";
import { getCommentSettings, getSecretKey } from "./settings";
import { PUBLIC_SQL } from "./visibility";

/**
 * A keyed hash of the client: the same client is recognisable, the address is not stored.
 * IPv6 clients are counted by their /64 network (lib/client-ip.ts), IPv4 clients by address.
 */
export function hashClientAddress(address: string): string {
  return createHmac("sha256", getSecretKey())
    .update(`client:${clientNetwork(address)}`)
    .digest("hex");
}

export function findApprovedComments(articleId: number): PublicComment[] {
  const rows = getDb()
    .$client.prepare(
      `SELECT id, parent_id AS parentId, author_name AS authorName, body, created_at AS createdAt,
         (staff_id IS NOT NULL) AS isStaff
       FROM comments WHERE article_id = ? AND status = 'approved' ORDER BY created_at, id`,
    )
    .all(articleId) as (Omit<PublicComment, "isStaff"> & { isStaff: number })[];
  return rows.map((r) => ({ ...r, isStaff: r.isStaff === 1 }));
}

export function getCommentPage(articleId: number, page: number): Promise<CommentPage> {
  return cached(["comments", articleId, page], [cacheTags.comments(articleId)], () =>
    buildThreads(findApprovedComments(articleId), page),
  );
}

export interface CommentTarget {
  id: number;
  slug: string;
  sectionSlug: string;
  commentsOpen: boolean;
}

/** The article a comment is for, if it is public; with whether its discussion is open. */
export function findCommentTarget(articleId: number, now = Date.now()): CommentTarget | null {
  const row = getDb()
    .$client.prepare(
      `SELECT a.id, a.slug, s.slug AS sectionSlug, a.comments_closed AS closed, a.published_at AS publishedAt
       FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.id = @id AND ${PUBLIC_SQL}`,
    )
    .get({ id: articleId, now }) as
    | { id: number; slug: string; sectionSlug: string; closed: number; publishedAt: number }
    | undefined;
  if (!row) return null;
  const { closeAfterDays } = getCommentSettings();
  const tooOld = closeAfterDays !== null && now - row.publishedAt > closeAfterDays * 86_400_000;
  return {
    id: row.id,
    slug: row.slug,
    sectionSlug: row.sectionSlug,
    commentsOpen: row.closed === 0 && !tooOld,
  };
}

export interface NewComment {
  articleId: number;
  parentId: number | null;
  name: string;
  email: string;
  body: string;
  clientHash: string;
  userAgent: string;
}

export type CreateResult =
  | { kind: "stored"; id: number; status: CommentStatus }
  | { kind: "rate-limited"; verdict: Exclude<RateVerdict, "ok"> }
  | { kind: "duplicate" }
  | { kind: "bad-parent" };

/**
 * A returning commenter, for auto-approval: an approved comment with the same e-mail address
 * from the same client (IPv4 address or IPv6 /64). Anyone can type a known address; the client
 * hash ties it to where the earlier, approved comment came from. Walks that client's comments
 * (comments_ip_created_idx), not the whole table.
 */
export function isReturningCommenter(email: string, clientHash: string): boolean {
  const row = getDb()
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        eq(comments.ipHash, clientHash),
        eq(comments.status, "approved"),
        sql`${comments.authorEmail} = ${email} COLLATE NOCASE`,
      ),
    )
    .limit(1)
    .get();
  return row !== undefined;
}

/**
 * Stores a reader's comment after the rate limit, duplicate and moderation rules, all inside one
 * IMMEDIATE transaction so two concurrent posts cannot both pass the checks.
 */
export function createComment(input: NewComment, now = Date.now()): CreateResult {
  const db = getDb().$client;
  const settings = getCommentSettings();
  const run = db.transaction((): CreateResult => {
    const recent = (
      db
        .prepare("SELECT created_at AS t FROM comments WHERE ip_hash = ? AND created_at > ?")
        .all(input.clientHash, now - 3600_000) as { t: number }[]
    ).map((r) => r.t);
    const verdict = rateLimitVerdict(recent, now);
    if (verdict !== "ok") return { kind: "rate-limited", verdict };

    const key = duplicateKey(input.articleId, input.email, input.body);
    const sameAuthor = db
      .prepare(
        "SELECT author_email AS email, body FROM comments WHERE article_id = ? AND author_email = ? COLLATE NOCASE",
      )
      .all(input.articleId, input.email) as { email: string; body: string }[];
    if (sameAuthor.some((c) => duplicateKey(input.articleId, c.email, c.body) === key)) {
      return { kind: "duplicate" };
    }

    let placement = { parentId: null as number | null, depth: 0 };
    if (input.parentId !== null) {
      const parent = db
        .prepare(
          "SELECT id, parent_id AS parentId, depth FROM comments WHERE id = ? AND article_id = ? AND status = 'approved'",
        )
        .get(input.parentId, input.articleId) as
        { id: number; parentId: number | null; depth: number } | undefined;
      if (!parent) return { kind: "bad-parent" };
      placement = replyPlacement(parent);
    }

    const hasApprovedBefore =
      settings.autoApprove && isReturningCommenter(input.email, input.clientHash);
    const status = decideStatus({
      blockedWord: findBlockedWord(`${input.name}\n${input.body}`, settings.blocklist),
      links: countLinks(input.body),
      autoApprove: settings.autoApprove,
      hasApprovedBefore,
    });
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO comments (article_id, parent_id, depth, author_name, author_email, body, status,
           created_at, ip_hash, user_agent)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.articleId,
        placement.parentId,
        placement.depth,
        input.name,
        input.email,
        input.body,
        status,
        now,
        input.clientHash,
        input.userAgent.slice(0, 500),
      );
    if (status === "approved") {
      db.prepare("UPDATE articles SET comment_count = comment_count + 1 WHERE id = ?").run(
        input.articleId,
      );
    }
    return { kind: "stored", id: Number(lastInsertRowid), status };
  });
  return run.immediate();
}
