// Turns what a reader types into a bounded SQLite FTS5 query.
// The index uses unicode61 with remove_diacritics, so case and umlaut marks are already folded
// (ä→a). Readers also type "ae/oe/ue" for umlauts and "ss" for ß; each such word gets an
// alternative so "Mueller", "Müller" and "muller" find the same articles.
//
// Whatever a stranger types, the query stays small: at most MAX_TERMS words, each cut to
// MAX_TERM_LENGTH characters with at most three spellings, and words shorter than
// MIN_PREFIX_LENGTH match only as whole words ("a*" would expand to every word starting with a).

const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;
/** Longer words are cut here and still match as a prefix (a prefix of a prefix). */
export const MAX_TERM_LENGTH = 40;
/** Shorter words match exactly; from this length on, a word also finds its compounds. */
const MIN_PREFIX_LENGTH = 3;

/** One spelling of a word as the index stores it; `prefix` also matches longer words. */
export interface SearchPhrase {
  text: string;
  prefix: boolean;
}

/** A word of the query; an article matches when it contains any of the spellings. */
export type SearchTerm = SearchPhrase[];

type SearchQuery =
  | { kind: "empty" }
  | { kind: "too-long" }
  | { kind: "invalid" }
  | { kind: "ok"; terms: SearchTerm[] };

/** Letters, digits and private-use characters: what unicode61 keeps as token characters. */
const SEPARATORS = /[^\p{L}\p{N}\p{Co}]+/u;

function length(word: string): number {
  return [...word].length;
}

/** Words of the query: lower-cased, split where the index splits, cut to MAX_TERM_LENGTH. */
export function tokenize(input: string): string[] {
  return input
    .normalize("NFC")
    .toLowerCase()
    .split(SEPARATORS)
    .filter((w) => w.length > 0)
    .map((w) => [...w].slice(0, MAX_TERM_LENGTH).join(""));
}

function foldDiacritics(word: string): string {
  return word
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** The spellings a word may have in the text, after the index's own folding (at most three). */
export function spellingVariants(word: string): string[] {
  const folded = foldDiacritics(word);
  const variants = new Set([folded]);
  // "mueller" may be written "müller", which the index stores as "muller".
  variants.add(folded.replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u"));
  // "strasse" may be written "straße"; the index keeps ß as is.
  if (folded.includes("ss")) variants.add(folded.replace(/ss/g, "ß"));
  return [...variants].filter((v) => v.length > 0);
}

function termOf(word: string): SearchTerm {
  return spellingVariants(word).map((text) => ({
    text,
    prefix: length(text) >= MIN_PREFIX_LENGTH,
  }));
}

function termKey(term: SearchTerm): string {
  return term
    .map((p) => `${p.text}${p.prefix ? "*" : ""}`)
    .sort()
    .join(" ");
}

/** Parses a query: every word must match, 3+ letter words as a prefix, in any spelling. */
export function buildSearchQuery(raw: string | string[] | undefined | null): SearchQuery {
  const input = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  if (input.length === 0) return { kind: "empty" };
  if (input.length > MAX_QUERY_LENGTH) return { kind: "too-long" };
  const terms = new Map<string, SearchTerm>();
  for (const word of tokenize(input)) {
    const term = termOf(word);
    // "Müller müller MUELLER" is one word to the index, however often it is typed.
    terms.set(termKey(term), term);
    if (terms.size === MAX_TERMS) break;
  }
  if (terms.size === 0) return { kind: "invalid" };
  return { kind: "ok", terms: [...terms.values()] };
}

function quote(text: string): string {
  // Phrases contain only letters, digits and ß here, but quoting keeps FTS5 syntax out regardless.
  return `"${text.replace(/"/g, '""')}"`;
}

/** The FTS5 MATCH expression: the words joined by AND, each word's spellings by OR. */
export function toMatchExpression(terms: readonly SearchTerm[]): string {
  return terms
    .map((term) => {
      const alternatives = term.map((p) => `${quote(p.text)}${p.prefix ? "*" : ""}`);
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(" OR ")})`;
    })
    .join(" AND ");
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
