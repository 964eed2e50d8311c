import { NextResponse, type NextRequest } from "next/server";
import { findCommentTarget } from "@/db/queries/comments";
import { getSecretKey } from "@/db/queries/settings";
import {
  FORM_START_COOKIE,
  formStartCookieOptions,
  formStartTime,
  isCurrentStart,
  issueFormStart,
} from "@/lib/form-token";
import { servedOverHttps } from "@/lib/https";
import { parseId } from "@/lib/route-params";

export const dynamic = "force-dynamic";

// A transparent 1×1 GIF.
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/**
 * /{ressort}/{slug}/kommentar-start?artikel=ID: the comment form's 1×1 image. Every browser
 * loads it with the form, with or without JavaScript, so it marks when the reader first saw the
 * form (lib/form-token.ts): a signed cookie on the article's path, set once and kept until it
 * expires. Never cached, so the article page around it stays cached and cookie-free.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ ressort: string; slug: string }> },
) {
  const { ressort, slug } = await params;
  const articleId = parseId(request.nextUrl.searchParams.get("artikel"));
  const target = articleId !== null ? findCommentTarget(articleId) : null;
  if (!target || target.sectionSlug !== ressort || target.slug !== slug) {
    return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  const response = new NextResponse(PIXEL, {
    headers: {
      "Content-Type": "image/gif",
      "Cache-Control": "no-store",
      "X-Robots-Tag": "noindex",
    },
  });
  const secret = getSecretKey();
  const now = Date.now();
  const seen = formStartTime(secret, request.cookies.get(FORM_START_COOKIE)?.value, target.id, now);
  if (!isCurrentStart(seen, now)) {
    response.cookies.set(
      FORM_START_COOKIE,
      issueFormStart(secret, target.id, now),
      formStartCookieOptions(
        `/${target.sectionSlug}/${target.slug}`,
        servedOverHttps(request.headers.get("x-forwarded-proto")),
      ),
    );
  }
  return response;
}
