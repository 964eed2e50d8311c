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

/** "::ffff:127.0.0.1", "::ffff:7f00:1" and "127.0.0.1" are the same client. */
export function normalizeAddress(address: string): string {
  const groups = parseIPv6(address);
  if (groups && isIPv4Mapped(groups)) return ipv4FromGroups(groups);
  return address;
}

/**
 * Who a rate limit counts: an IPv4 address, or the /64 network of an IPv6 address. One IPv6
 * subscriber gets a whole /64 (often larger) and can pick any address in it for every request,
 * so counting per IPv6 address would count nothing. Anything unparseable counts as itself.
 */
export function clientNetwork(address: string): string {
  const trimmed = address.trim();
  const v4 = parseIPv4(trimmed);
  if (v4) return v4.join(".");
  const groups = parseIPv6(trimmed);
  if (!groups) return trimmed.toLowerCase();
  if (isIPv4Mapped(groups)) return ipv4FromGroups(groups);
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

function parseIPv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const octets = parts.map((p) => (/^[0-9]{1,3}$/.test(p) ? Number(p) : NaN));
  return octets.every((o) => o >= 0 && o <= 255) ? octets : null;
}

/** Eight 16-bit groups, or null. Accepts brackets, a zone id ("%eth0"), "::" and a dotted tail. */
function parseIPv6(input: string): number[] | null {
  let text = input.trim();
  if (text.startsWith("[") && text.endsWith("]")) text = text.slice(1, -1);
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  if (!text.includes(":") || text.length > 45) return null;

  // A dotted IPv4 tail ("::ffff:1.2.3.4") becomes the two groups it stands for.
  const lastColon = text.lastIndexOf(":");
  const dotted = text.slice(lastColon + 1);
  if (dotted.includes(".")) {
    const v4 = parseIPv4(dotted);
    if (!v4) return null;
    const hex = (a: number, b: number) => ((a << 8) | b).toString(16);
    text = `${text.slice(0, lastColon + 1)}${hex(v4[0]!, v4[1]!)}:${hex(v4[2]!, v4[3]!)}`;
  }

  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string) =>
    part === ""
      ? []
      : part.split(":").map((g) => (/^[0-9a-f]{1,4}$/i.test(g) ? parseInt(g, 16) : NaN));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if ([...head, ...rest].some(Number.isNaN)) return null;
  const given = head.length + rest.length;
  if (halves.length === 2) {
    if (given > 7) return null;
    return [...head, ...Array<number>(8 - given).fill(0), ...rest];
  }
  return given === 8 ? head : null;
}

function isIPv4Mapped(groups: number[]): boolean {
  return groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
}

function ipv4FromGroups(groups: number[]): string {
  const [hi, lo] = [groups[6]!, groups[7]!];
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join(".");
}
