// Reading a comment form out of an article page, for specs that post it with raw requests.
import type { APIRequestContext } from "@playwright/test";
import { articlesWhere, PUBLIC, testDb } from "./db";
import { formAction, hiddenFields } from "./server-process";

/**
 * The comment form of one public article of a Ressort (the `offset`-th oldest, so parallel specs
 * take different ones): where it posts, its hidden fields and a fill-time token.
 */
export async function commentForm(request: APIRequestContext, ressort: string, offset: number) {
  const [article] = articlesWhere(
    `${PUBLIC} AND a.comments_closed = 0 AND s.slug = '${ressort}' ORDER BY a.published_at ASC LIMIT 1 OFFSET ${offset}`,
  );
  const html = await (await request.get(`/${article!.sectionSlug}/${article!.slug}`)).text();
  const marker = 'id="kommentar-formular"';
  const token = (
    (await (await request.get(`/api/kommentar-token?artikel=${article!.id}`)).json()) as {
      token: string;
    }
  ).token;
  return {
    article: article!,
    path: formAction(html, marker).split("#")[0]!,
    fields: hiddenFields(html, marker),
    token,
  };
}

/** How many comments an address has stored. */
export function commentsBy(email: string): number {
  return (
    testDb().prepare("SELECT COUNT(*) AS n FROM comments WHERE author_email = ?").get(email) as {
      n: number;
    }
  ).n;
}
