// Reader comments are plain text. These helpers clean what arrives and turn what is stored into
// display segments (text, links, line breaks) that React renders escaped.

// C0 and C1 control characters except tab and line feed; also bidi overrides and isolates,
// which can make a comment display in a misleading order. Other RTL text stays intact.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** NFC, Unix line breaks, no control characters, at most two blank lines in a row, trimmed. */
export function cleanCommentText(input: string): string {
  return input
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, "")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** One-line fields (name): control characters and line breaks removed, spaces collapsed. */
export function cleanSingleLine(input: string): string {
  return input.normalize("NFC").replace(CONTROL, "").replace(/\s+/g, " ").trim();
}

const URL_PATTERN =
  /\bhttps?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?]|\bwww\.[^\s<>"'()]+[^\s<>"'().,;:!?]/gi;

export function countLinks(text: string): number {
  return text.match(URL_PATTERN)?.length ?? 0;
}

type TextSegment =
  { type: "text"; text: string } | { type: "link"; text: string; href: string } | { type: "break" };

/** Splits comment text into text, link and line-break segments; every link is http(s). */
export function commentSegments(text: string): TextSegment[][] {
  return text.split(/\n{2,}/).map((paragraph) => {
    const segments: TextSegment[] = [];
    paragraph.split("\n").forEach((line, i) => {
      if (i > 0) segments.push({ type: "break" });
      let last = 0;
      for (const m of line.matchAll(URL_PATTERN)) {
        if (m.index > last) segments.push({ type: "text", text: line.slice(last, m.index) });
        const href = m[0].toLowerCase().startsWith("www.") ? `https://${m[0]}` : m[0];
        segments.push({ type: "link", text: m[0], href });
        last = m.index + m[0].length;
      }
      if (last < line.length) segments.push({ type: "text", text: line.slice(last) });
    });
    return segments;
  });
}

/** The same text however it is written: lower case, umlauts and accents folded, ß as ss. */
function foldForMatching(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/**
 * Whole-word blocklist matching, case- and umlaut-insensitive: "Trottel" matches "TROTTEL!",
 * "Grüßgott" matches "gruessgott", but "Spam" never hits "Spamfilter". An entry with several
 * words matches as a phrase.
 */
export function findBlockedWord(text: string, blocklist: readonly string[]): string | null {
  const words = new Set(
    foldForMatching(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
  const folded = foldForMatching(text);
  for (const entry of blocklist) {
    const needle = foldForMatching(entry.trim());
    if (!needle) continue;
    if (/^[\p{L}\p{N}]+$/u.test(needle)) {
      if (words.has(needle)) return entry;
    } else {
      // A phrase: match it between word boundaries.
      const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(folded))
        return entry;
    }
  }
  return null;
}
