import { describe, expect, it } from "vitest";
import { adminCsp, ownResponseHeaders, PUBLIC_PAGE_HEADERS } from "./security-headers";

const csp = (headers: readonly { key: string; value: string }[]) =>
  headers.find((h) => h.key === "Content-Security-Policy")?.value;

describe("Content-Security-Policy", () => {
  it("public pages: inline scripts and styles from this site, framed by this site only", () => {
    expect(csp(PUBLIC_PAGE_HEADERS)).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
    );
  });

  it("staff pages: scripts and styles by nonce only, never framed", () => {
    expect(adminCsp("abc")).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'; " +
        "style-src 'self' 'nonce-abc'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'",
    );
  });

  it("the server's own answers on a staff path: no script at all", () => {
    const policy = csp(ownResponseHeaders("/admin/kommentare", false));
    expect(policy).toBe(adminCsp(null));
    expect(policy).toContain("script-src 'none'; style-src 'self';");
  });

  it("public and staff policies share every other source list", () => {
    const rest = (policy: string) =>
      policy
        .split("; ")
        .filter((d) => !/^(script-src|style-src|frame-ancestors) /.test(d))
        .join("; ");
    expect(rest(adminCsp("n"))).toBe(rest(csp(PUBLIC_PAGE_HEADERS) ?? ""));
  });
});
