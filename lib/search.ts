// Turns what a reader types into a safe SQLite FTS5 query.
// The index uses unicode61 with remove_diacritics, so case and umlaut marks are already folded
// (ä→a). Readers also type "ae/oe/ue" for umlauts and "ss" for ß; each such word gets an
// alternative so "Mueller", "Müller" and "muller" find the same articles.

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;

export type SearchQuery =
  | { kind: "empty" }
  | { kind: "too-long" }
  | { kind: "invalid" }
  | { kind: "ok"; terms: string[]; match: string };

/** Words of the query: letters and digits only, lower-cased; everything else separates words. */
export function tokenize(input: string): string[] {
  const words = input
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

function foldDiacritics(word: string): string {
  return word
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** The spellings a word may have in the text, after the index's own folding. */
export function spellingVariants(word: string): string[] {
  const folded = foldDiacritics(word);
  const variants = new Set([folded]);
  // "mueller" may be written "müller", which the index stores as "muller".
  variants.add(folded.replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u"));
  // "strasse" may be written "straße"; the index keeps ß as is.
  if (folded.includes("ss")) variants.add(folded.replace(/ss/g, "ß"));
  return [...variants].filter((v) => v.length > 0);
}

function quote(term: string): string {
  // Terms contain only letters, digits and ß here, but quoting keeps FTS5 syntax out regardless.
  return `"${term.replace(/"/g, '""')}"`;
}

/** Builds the FTS5 MATCH expression: every word must match, each as a prefix, in any spelling. */
export function buildSearchQuery(raw: string | string[] | undefined | null): SearchQuery {
  const input = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (input.length === 0) return { kind: "empty" };
  if (input.length > MAX_QUERY_LENGTH) return { kind: "too-long" };
  const terms = tokenize(input);
  if (terms.length === 0) return { kind: "invalid" };
  const match = terms
    .map((term) => {
      const alternatives = spellingVariants(term).map((v) => `${quote(v)}*`);
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(" OR ")})`;
    })
    .join(" AND ");
  return { kind: "ok", terms, match };
}

export const SNIPPET_START = "\u0002";
export const SNIPPET_END = "\u0003";

/** Splits an FTS5 snippet into plain text and highlighted parts (rendered escaped, with <mark>). */
export function splitSnippet(snippet: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  const re = new RegExp(`${SNIPPET_START}([^${SNIPPET_END}]*)${SNIPPET_END}`, "g");
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), hit: false });
    parts.push({ text: m[1] ?? "", hit: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), hit: false });
  return parts.map((p) => ({ ...p, text: p.text.replace(/[\u0002\u0003]/g, "") }));
}
