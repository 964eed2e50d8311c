// Reading a comment form out of an article page, for specs that post it with raw requests.
import type { APIRequestContext } from "@playwright/test";
import { readForm } from "@/lib/testing/http";
import { testDb, type TestArticle } from "./db";
import { E2E_FILL_WAIT_MS } from "./env";

export const COMMENT_FORM = 'id="kommentar-formular"';

/**
 * The comment form of an article (the test's own, from the `article` fixture): where it posts,
 * its hidden fields and a fill-time token, fetched now.
 */
export async function commentForm(request: APIRequestContext, article: TestArticle) {
  const html = await (await request.get(`/${article.sectionSlug}/${article.slug}`)).text();
  const form = readForm(html, COMMENT_FORM);
  const { token } = (await (
    await request.get(`/api/kommentar-token?artikel=${article.id}`)
  ).json()) as { token: string };
  return { article, path: form.action, fields: form.hidden, token };
}

/**
 * Waits until a form shown (or a token issued) at `since` may be posted: the e2e servers' minimum
 * fill time plus a margin (e2e/env.ts), counted from `since` when given, else from now.
 */
export async function waitOutMinFillTime(since = Date.now()): Promise<void> {
  const ms = since + E2E_FILL_WAIT_MS - Date.now();
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

/** How many comments an address has stored. */
export function commentsBy(email: string): number {
  return (
    testDb().prepare("SELECT COUNT(*) AS n FROM comments WHERE author_email = ?").get(email) as {
      n: number;
    }
  ).n;
}
