import { getSecretKey } from "@/db/queries/settings";
import { issueFormToken } from "@/lib/form-token";

export const dynamic = "force-dynamic";

/**
 * A fresh comment-form token. The cached article page carries a token from when it was
 * rendered; with JavaScript the form asks for a new one when the reader starts writing, so the
 * minimum fill time counts from then.
 */
export function GET(request: Request) {
  const raw = new URL(request.url).searchParams.get("artikel") ?? "";
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) {
    return Response.json(
      { error: "Ungültiger Artikel" },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  return Response.json(
    { token: issueFormToken(getSecretKey(), Number(raw)) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
