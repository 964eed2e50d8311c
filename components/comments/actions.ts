"use server";

import { updateTag } from "next/cache";
import { headers } from "next/headers";
import { createComment, findCommentTarget, hashClientAddress } from "@/db/queries/comments";
import { getSecretKey } from "@/db/queries/settings";
import { cacheTags } from "@/lib/cache-tags";
import { issueFormToken, verifyFormToken } from "@/lib/form-token";
import { t } from "@/lib/i18n";
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
  const articleId = Number.parseInt(text(formData, "articleId"), 10);
  const secret = getSecretKey();
  const freshToken =
    Number.isSafeInteger(articleId) && articleId > 0 ? issueFormToken(secret, articleId) : "";
  const fail = (
    message: string,
    errors: Partial<Record<CommentField, string>> = {},
  ): CommentFormState => ({
    status: "error",
    message,
    errors,
    values,
    token: freshToken,
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

  // Bots: a filled honeypot or a form sent back faster than a person can write. They are told
  // it worked and nothing is stored, so they learn nothing.
  const verdict = verifyFormToken(secret, input.token, input.articleId);
  if (input.website.trim() !== "" || verdict === "too-fast" || verdict === "invalid") {
    return { status: "success", approved: false, submittedBody: input.body, token: freshToken };
  }
  if (verdict === "expired") return fail(t.comments.expired);

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
      return fail(result.verdict === "burst" ? t.comments.rateBurst : t.comments.rateHourly);
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
