import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_FRAME_OPTIONS, adminCsp } from "@/lib/security-headers";

// The staff area gets a fresh nonce per request and a strict Content-Security-Policy; it is
// rendered per request anyway. Public pages stay cacheable with the static policy from
// next.config.ts. This is no access check: every admin page and action checks the session itself.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = adminCsp(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set(ADMIN_FRAME_OPTIONS.key, ADMIN_FRAME_OPTIONS.value);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = {
  matcher: ["/admin", "/admin/:path*"],
};
