// The moderation rules a new comment passes through, as pure functions; db/queries/comments.ts
// feeds them from the database inside one write transaction.
import type { CommentStatus } from "@/db/schema";

export const RATE_LIMITS = {
  /** At most one comment per this many milliseconds from one client. */
  burstMs: 15_000,
  /** At most this many comments per hour from one client. */
  perHour: 10,
} as const;

const MAX_LINKS_BEFORE_REVIEW = 2;

export type RateVerdict = "ok" | "burst" | "hourly";

/** `recent`: creation times of the client's comments in the last hour. */
export function rateLimitVerdict(recent: readonly number[], now: number): RateVerdict {
  const lastHour = recent.filter((t) => now - t < 3600_000);
  if (lastHour.some((t) => now - t < RATE_LIMITS.burstMs)) return "burst";
  if (lastHour.length >= RATE_LIMITS.perHour) return "hourly";
  return "ok";
}

/** Two comments are duplicates when the same address wrote the same text on the same article. */
export function duplicateKey(articleId: number, email: string, body: string): string {
  return `${articleId}\u0000${email.trim().toLowerCase()}\u0000${body.replace(/\s+/g, " ").trim().toLowerCase()}`;
}

export function decideStatus(input: {
  blockedWord: string | null;
  links: number;
  autoApprove: boolean;
  hasApprovedBefore: boolean;
}): CommentStatus {
  if (input.blockedWord) return "spam";
  if (input.links > MAX_LINKS_BEFORE_REVIEW) return "pending";
  if (input.autoApprove && input.hasApprovedBefore) return "approved";
  return "pending";
}

/** Replies nest three levels deep; a reply to the third level becomes its sibling. */
export function replyPlacement(parent: { id: number; parentId: number | null; depth: number }): {
  parentId: number;
  depth: number;
} {
  if (parent.depth >= 2 && parent.parentId !== null) return { parentId: parent.parentId, depth: 2 };
  return { parentId: parent.id, depth: Math.min(parent.depth + 1, 2) };
}
