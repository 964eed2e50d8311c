import type { IncomingHttpHeaders } from "node:http";

/**
 * The address a request comes from. Behind a trusted proxy (TRUST_PROXY) that is the last
 * X-Forwarded-For entry, the one the proxy itself appended; otherwise the socket's address.
 * A client can put anything into X-Forwarded-For, so it is never believed on its own.
 */
export function clientAddress(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const raw = headers["x-forwarded-for"];
    const value = Array.isArray(raw) ? raw.join(",") : raw;
    const last = value
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .at(-1);
    if (last) return normalizeAddress(last);
  }
  return normalizeAddress(socketAddress ?? "unknown");
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are the same client. */
export function normalizeAddress(address: string): string {
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}
