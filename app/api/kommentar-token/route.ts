import { getSecretKey } from "@/db/queries/settings";
import { issueFormToken } from "@/lib/form-token";
import { t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";

export const dynamic = "force-dynamic";

/**
 * A fresh comment-form token. The cached article page carries a token from when it was
 * rendered; with JavaScript the form asks for a new one when the reader starts writing, so the
 * minimum fill time counts from then.
 */
export function GET(request: Request) {
  const articleId = parseId(new URL(request.url).searchParams.get("artikel"));
  if (articleId === null) {
    return Response.json(
      { error: t.validation.articleInvalid },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  return Response.json(
    { token: issueFormToken(getSecretKey(), articleId) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
