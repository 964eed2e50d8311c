import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "./env";

// The minimum fill time: a person needs a few seconds to write a comment; a bot posting at once
// is caught. The clock starts when the reader's browser first shows the form, never when the
// cached page was rendered (a bot fetching that page would find an old stamp in it):
//  - every browser loads the form's 1×1 image (/{ressort}/{slug}/kommentar-start), which sets
//    a signed, HttpOnly cookie scoped to the article's path with that moment, unless one is set;
//  - with JavaScript the form also fetches a signed token when the reader starts typing.
// A post passes when either says the form has been there for MIN_FILL_MS. Neither is renewed by
// an error answer, so a reader who corrects a field need not wait again.
// 3 s unless the COMMENT_MIN_FILL_MS setting says otherwise (the e2e suite sets it low).
export const MIN_FILL_MS = env.commentMinFillMs;
export const MAX_TOKEN_AGE_MS = 3 * 24 * 3600 * 1000;
/** The cookie with the time the form was first shown; its path is the article's. */
export const FORM_START_COOKIE = "kiosk_kommentar_start";

type TokenVerdict = "ok" | "too-fast" | "expired" | "invalid";
type FillVerdict = "ok" | "too-fast" | "expired" | "no-start";

type Purpose = "comment-form" | "comment-start";

function sign(secret: string, purpose: Purpose, articleId: number, issuedAt: number): string {
  return createHmac("sha256", secret)
    .update(`${purpose}:${articleId}:${issuedAt}`)
    .digest("base64url")
    .slice(0, 32);
}

function stamp(secret: string, purpose: Purpose, articleId: number, now: number): string {
  return `${now.toString(36)}.${sign(secret, purpose, articleId, now)}`;
}

/** The time inside a genuine stamp for this article, or null (forged, malformed, future). */
function stampTime(
  secret: string,
  purpose: Purpose,
  value: string | undefined,
  articleId: number,
  now: number,
): number | null {
  const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{32})$/.exec(value ?? "");
  if (!match) return null;
  const issuedAt = Number.parseInt(match[1]!, 36);
  const expected = Buffer.from(sign(secret, purpose, articleId, issuedAt));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (issuedAt > now + 60_000) return null;
  return issuedAt;
}

/** The JavaScript form's token (app/api/kommentar-token). */
export function issueFormToken(secret: string, articleId: number, now = Date.now()): string {
  return stamp(secret, "comment-form", articleId, now);
}

export function formTokenTime(
  secret: string,
  token: string | undefined,
  articleId: number,
  now = Date.now(),
): number | null {
  return stampTime(secret, "comment-form", token, articleId, now);
}

export function verifyFormToken(
  secret: string,
  token: string,
  articleId: number,
  now = Date.now(),
): TokenVerdict {
  const issuedAt = formTokenTime(secret, token, articleId, now);
  if (issuedAt === null) return "invalid";
  return fillVerdict([issuedAt], now) as Exclude<FillVerdict, "no-start">;
}

/** The value of the form-start cookie (set by the form's image, or by a refused post). */
export function issueFormStart(secret: string, articleId: number, now = Date.now()): string {
  return stamp(secret, "comment-start", articleId, now);
}

export function formStartTime(
  secret: string,
  cookie: string | undefined,
  articleId: number,
  now = Date.now(),
): number | null {
  return stampTime(secret, "comment-start", cookie, articleId, now);
}

/** Whether a start time is still good for a post: genuine, and not older than the maximum. */
export function isCurrentStart(start: number | null, now = Date.now()): start is number {
  return start !== null && now - start <= MAX_TOKEN_AGE_MS;
}

/**
 * The verdict on a post, given the genuine start times it brought (null where a source had none):
 * it passes when any of them is at least MIN_FILL_MS old and not expired.
 */
export function fillVerdict(starts: readonly (number | null)[], now = Date.now()): FillVerdict {
  const known = starts.filter((s): s is number => s !== null);
  if (known.length === 0) return "no-start";
  if (known.some((s) => now - s >= MIN_FILL_MS && now - s <= MAX_TOKEN_AGE_MS)) return "ok";
  if (known.some((s) => now - s < MIN_FILL_MS)) return "too-fast";
  return "expired";
}

/** The form-start cookie's attributes: only sent back to the article's own pages. */
export function formStartCookieOptions(articlePath: string, secure: boolean) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure,
    path: articlePath,
    maxAge: Math.floor(MAX_TOKEN_AGE_MS / 1000),
  };
}
