"use server";

import { updateTag } from "next/cache";
import { cookies, headers } from "next/headers";
import { createComment, findCommentTarget, hashClientAddress } from "@/db/queries/comments";
import { getSecretKey } from "@/db/queries/settings";
import { cacheTags } from "@/lib/cache-tags";
import { RATE_LIMITS } from "@/lib/comment-rules";
import {
  fillVerdict,
  FORM_START_COOKIE,
  formStartCookieOptions,
  formStartTime,
  formTokenTime,
  isCurrentStart,
  issueFormStart,
  issueFormToken,
} from "@/lib/form-token";
import { servedOverHttps } from "@/lib/https";
import { t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { commentSchema, type CommentField } from "@/lib/validation";
import type { CommentFormState } from "./form-state";

function text(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === "string" ? value : "";
}

/** The reader's comment form posts here, with JavaScript (useActionState) or without (plain POST). */
export async function submitComment(
  _previous: CommentFormState,
  formData: FormData,
): Promise<CommentFormState> {
  const values = {
    name: text(formData, "name").slice(0, 1000),
    email: text(formData, "email").slice(0, 1000),
    body: text(formData, "body").slice(0, 20_000),
    parentId: text(formData, "parentId").slice(0, 20),
  };
  const parsed = commentSchema.safeParse({
    articleId: text(formData, "articleId"),
    parentId: values.parentId,
    name: values.name,
    email: values.email,
    body: values.body,
    website: text(formData, "website"),
    token: text(formData, "token"),
  });
  const articleId = parseId(text(formData, "articleId"));
  const secret = getSecretKey();
  const now = Date.now();
  const postedToken = text(formData, "token");
  const tokenTime = articleId !== null ? formTokenTime(secret, postedToken, articleId, now) : null;
  // An error answer hands back the reader's own token, so correcting a field keeps the clock
  // running; only a stored comment starts a new one.
  const freshToken = articleId !== null ? issueFormToken(secret, articleId, now) : "";
  const keptToken = tokenTime !== null ? postedToken : freshToken;
  const fail = (
    message: string,
    errors: Partial<Record<CommentField, string>> = {},
  ): CommentFormState => ({
    status: "error",
    message,
    errors,
    values,
    token: keptToken,
  });

  if (!parsed.success) {
    const errors: Partial<Record<CommentField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (
        (field === "name" || field === "email" || field === "body" || field === "parentId") &&
        !errors[field]
      ) {
        errors[field] = issue.message;
      }
    }
    if (Object.keys(errors).length === 0) return fail(t.comments.unavailable);
    return fail(t.comments.errorSummary, errors);
  }
  const input = parsed.data;

  const target = findCommentTarget(input.articleId);
  if (!target) return fail(t.comments.unavailable);
  if (!target.commentsOpen) return fail(t.comments.closed);

  // A filled honeypot: the bot is told it worked and nothing is stored, so it learns nothing.
  if (input.website.trim() !== "") {
    return { status: "success", approved: false, submittedBody: input.body, token: freshToken };
  }
  // The minimum fill time, counted from when the reader's browser first showed the form.
  const jar = await cookies();
  const startCookie = formStartTime(secret, jar.get(FORM_START_COOKIE)?.value, target.id, now);
  const fill = fillVerdict([tokenTime, startCookie], now);
  if (fill !== "ok") {
    // Nothing stored. A browser that never loaded the form's image (no images, a text browser)
    // gets its start now, so sending again in a few seconds works; a running clock is kept.
    if (!isCurrentStart(startCookie, now)) {
      jar.set(
        FORM_START_COOKIE,
        issueFormStart(secret, target.id, now),
        formStartCookieOptions(
          `/${target.sectionSlug}/${target.slug}`,
          servedOverHttps((await headers()).get("x-forwarded-proto")),
        ),
      );
    }
    return fail(fill === "expired" ? t.comments.expired : t.comments.tooFast);
  }

  const requestHeaders = await headers();
  const result = createComment({
    articleId: target.id,
    parentId: input.parentId,
    name: input.name,
    email: input.email,
    body: input.body,
    clientHash: hashClientAddress(requestHeaders.get("x-forwarded-for") ?? "unknown"),
    userAgent: requestHeaders.get("user-agent") ?? "",
  });
  switch (result.kind) {
    case "rate-limited":
      return fail(
        result.verdict === "burst"
          ? t.comments.rateBurst(RATE_LIMITS.burstMs / 1000)
          : t.comments.rateHourly(RATE_LIMITS.perHour),
      );
    case "duplicate":
      return fail(t.comments.duplicate, { body: t.comments.duplicate });
    case "bad-parent":
      return fail(t.comments.badParent, { parentId: t.comments.badParent });
    case "stored":
      if (result.status === "approved") updateTag(cacheTags.comments(target.id));
      return {
        status: "success",
        approved: result.status === "approved",
        submittedBody: input.body,
        token: freshToken,
      };
  }
}
