import "server-only";
import { createHmac } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { articles, comments, sections, type CommentStatus } from "@/db/schema";
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
import { adjustCommentCount } from "./moderation";
import { isPublic } from "./visibility";

/**
 * A keyed hash of the client: the same client is recognisable, the address is not stored.
 * IPv6 clients are counted by their /64 network (lib/client-ip.ts), IPv4 clients by address.
 */
export function hashClientAddress(address: string): string {
  return createHmac("sha256", getSecretKey())
    .update(`client:${clientNetwork(address)}`)
    .digest("hex");
}

const approvedComments = prepared((db) =>
  db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorName: comments.authorName,
      body: comments.body,
      createdAt: comments.createdAt,
      isStaff: sql<boolean>`(${comments.staffId} IS NOT NULL)`.mapWith(Boolean),
    })
    .from(comments)
    .where(
      and(eq(comments.articleId, sql.placeholder("articleId")), eq(comments.status, "approved")),
    )
    .orderBy(comments.createdAt, comments.id)
    .prepare(),
);

export function findApprovedComments(articleId: number): PublicComment[] {
  return approvedComments().all({ articleId });
}

export function getCommentPage(articleId: number, page: number): Promise<CommentPage> {
  return cached(["comments", articleId, page], [cacheTags.comments(articleId)], () =>
    buildThreads(findApprovedComments(articleId), page),
  );
}

interface CommentTarget {
  id: number;
  slug: string;
  sectionSlug: string;
  commentsOpen: boolean;
}

/** The article a comment is for, if it is public; with whether its discussion is open. */
export function findCommentTarget(articleId: number, now = Date.now()): CommentTarget | null {
  const row = getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      sectionSlug: sections.slug,
      closed: articles.commentsClosed,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(articles.id, articleId), isPublic(now)))
    .get();
  if (!row) return null;
  const { closeAfterDays } = getCommentSettings();
  const tooOld = closeAfterDays !== null && now - row.publishedAt > closeAfterDays * 86_400_000;
  return {
    id: row.id,
    slug: row.slug,
    sectionSlug: row.sectionSlug,
    commentsOpen: !row.closed && !tooOld,
  };
}

interface NewComment {
  articleId: number;
  parentId: number | null;
  name: string;
  email: string;
  body: string;
  clientHash: string;
  userAgent: string;
}

type CreateResult =
  | { kind: "stored"; id: number; status: CommentStatus }
  | { kind: "rate-limited"; verdict: Exclude<RateVerdict, "ok"> }
  | { kind: "duplicate" }
  | { kind: "bad-parent" };

/**
 * The comment write's statements, prepared once per connection: a reader's post pays for
 * SQLite's work, not for building the SQL again. They run inside the write's transaction (one
 * connection, so the same statements serve it).
 */
const writeQueries = prepared((db) => ({
  recent: db
    .select({ t: comments.createdAt })
    .from(comments)
    .where(
      and(
        eq(comments.ipHash, sql.placeholder("clientHash")),
        gt(comments.createdAt, sql.placeholder("since")),
      ),
    )
    .prepare(),
  sameAuthor: db
    .select({ email: comments.authorEmail, body: comments.body })
    .from(comments)
    .where(
      and(
        eq(comments.articleId, sql.placeholder("articleId")),
        sql`${comments.authorEmail} = ${sql.placeholder("email")} COLLATE NOCASE`,
      ),
    )
    .prepare(),
  parent: db
    .select({ id: comments.id, parentId: comments.parentId, depth: comments.depth })
    .from(comments)
    .where(
      and(
        eq(comments.id, sql.placeholder("id")),
        eq(comments.articleId, sql.placeholder("articleId")),
        eq(comments.status, "approved"),
      ),
    )
    .prepare(),
  returning: db
    .select({ id: comments.id })
    .from(comments)
    .where(
      and(
        eq(comments.ipHash, sql.placeholder("clientHash")),
        eq(comments.status, "approved"),
        sql`${comments.authorEmail} = ${sql.placeholder("email")} COLLATE NOCASE`,
      ),
    )
    .limit(1)
    .prepare(),
  insert: db
    .insert(comments)
    .values({
      articleId: sql.placeholder("articleId"),
      parentId: sql.placeholder("parentId"),
      depth: sql.placeholder("depth"),
      authorName: sql.placeholder("authorName"),
      authorEmail: sql.placeholder("authorEmail"),
      body: sql.placeholder("body"),
      status: sql.placeholder("status"),
      createdAt: sql.placeholder("createdAt"),
      ipHash: sql.placeholder("ipHash"),
      userAgent: sql.placeholder("userAgent"),
    })
    .returning({ id: comments.id })
    .prepare(),
}));

/**
 * A returning commenter, for auto-approval: an approved comment with the same e-mail address
 * from the same client (IPv4 address or IPv6 /64). Anyone can type a known address; the client
 * hash ties it to where the earlier, approved comment came from. Walks that client's comments
 * (comments_ip_created_idx), not the whole table.
 */
function isReturningCommenter(email: string, clientHash: string): boolean {
  return writeQueries().returning.get({ email, clientHash }) !== undefined;
}

/**
 * Stores a reader's comment after the rate limit, duplicate and moderation rules, all inside one
 * IMMEDIATE transaction so two concurrent posts cannot both pass the checks.
 */
export function createComment(input: NewComment, now = Date.now()): CreateResult {
  const settings = getCommentSettings();
  // The prepared statements run on this connection, so they take part in the transaction.
  return getDb().transaction(
    (): CreateResult => {
      const q = writeQueries();
      const recent = q.recent
        .all({ clientHash: input.clientHash, since: now - 3600_000 })
        .map((r) => r.t);
      const verdict = rateLimitVerdict(recent, now);
      if (verdict !== "ok") return { kind: "rate-limited", verdict };

      const key = duplicateKey(input.articleId, input.email, input.body);
      const sameAuthor = q.sameAuthor.all({ articleId: input.articleId, email: input.email });
      if (sameAuthor.some((c) => duplicateKey(input.articleId, c.email, c.body) === key)) {
        return { kind: "duplicate" };
      }

      let placement = { parentId: null as number | null, depth: 0 };
      if (input.parentId !== null) {
        const parent = q.parent.get({ id: input.parentId, articleId: input.articleId });
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
      const stored = q.insert.get({
        articleId: input.articleId,
        parentId: placement.parentId,
        depth: placement.depth,
        authorName: input.name,
        authorEmail: input.email,
        body: input.body,
        status,
        createdAt: now,
        ipHash: input.clientHash,
        userAgent: input.userAgent.slice(0, 500),
      })!;
      if (status === "approved") adjustCommentCount(input.articleId, 1);
      return { kind: "stored", id: stored.id, status };
    },
    { behavior: "immediate" },
  );
}
