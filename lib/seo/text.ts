// Text as crawlers want it: one line, a bounded length, cut between words.

/** Google shows about 155–160 characters of a description. */
export const DESCRIPTION_MAX = 160;
/** Google's limit for a NewsArticle headline in structured data. */
const HEADLINE_MAX = 110;

const ELLIPSIS = "…";

/** Collapses every run of whitespace (line breaks included) into one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/**
 * Shortens text to at most `max` characters (the ellipsis included), cutting at a word boundary
 * and dropping dangling punctuation, so the result never ends mid-word or with ", …".
 * Counts code points, so an emoji is never split in half.
 */
export function truncateText(text: string, max: number): string {
  const clean = oneLine(text);
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const head = chars.slice(0, max - ELLIPSIS.length + 1).join("");
  const lastSpace = head.lastIndexOf(" ");
  // A single enormous word is cut where it must be; otherwise at the last space.
  const cut = lastSpace > max / 2 ? head.slice(0, lastSpace) : [...head].slice(0, -1).join("");
  return `${cut.replace(/[\s,;:.!?\-–—(„“"'‚‘]+$/u, "")}${ELLIPSIS}`;
}

export function trimDescription(text: string, max = DESCRIPTION_MAX): string {
  return truncateText(text, max);
}

export function trimHeadline(text: string, max = HEADLINE_MAX): string {
  return truncateText(text, max);
}

/**
 * The opening of a Markdown text as plain text (headings, link targets, emphasis and hard line
 * breaks removed), for descriptions of pages whose body is Markdown. Callers trim it.
 */
export function markdownSummary(markdown: string, minLength = 120): string {
  const paragraphs = markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "" && !block.startsWith("#") && !/^[-*_]{3,}$/.test(block))
    .map((block) =>
      oneLine(
        block
          .replace(/\\\n/g, ", ")
          .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
          .replace(/<[^>]*>/g, "")
          .replace(/(\*\*|__|\*|_|`)/g, "")
          .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, ""),
      ),
    );
  let summary = "";
  for (const p of paragraphs) {
    if (summary.length >= minLength) break;
    summary = summary ? `${summary.replace(/[.:;,]?$/, ".")} ${p}` : p;
  }
  return summary;
}
