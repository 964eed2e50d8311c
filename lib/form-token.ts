import { createHmac, timingSafeEqual } from "node:crypto";

// A signed form token carries the time the comment form was handed out. A person needs a few
// seconds to write a comment; a bot posting at once is caught. The token is per article, so a
// cached article page can carry one; with JavaScript the form fetches a fresh one when the reader
// starts typing.
export const MIN_FILL_MS = 3_000;
export const MAX_TOKEN_AGE_MS = 3 * 24 * 3600 * 1000;

export type TokenVerdict = "ok" | "too-fast" | "expired" | "invalid";

function sign(secret: string, articleId: number, issuedAt: number): string {
  return createHmac("sha256", secret)
    .update(`comment-form:${articleId}:${issuedAt}`)
    .digest("base64url")
    .slice(0, 32);
}

export function issueFormToken(secret: string, articleId: number, now = Date.now()): string {
  return `${now.toString(36)}.${sign(secret, articleId, now)}`;
}

export function verifyFormToken(
  secret: string,
  token: string,
  articleId: number,
  now = Date.now(),
): TokenVerdict {
  const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return "invalid";
  const issuedAt = Number.parseInt(match[1]!, 36);
  const expected = Buffer.from(sign(secret, articleId, issuedAt));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  if (issuedAt > now + 60_000) return "invalid";
  if (now - issuedAt < MIN_FILL_MS) return "too-fast";
  if (now - issuedAt > MAX_TOKEN_AGE_MS) return "expired";
  return "ok";
}
