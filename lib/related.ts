// Ranking for "Das könnte Sie auch interessieren": shared topics first, then how much the
// headlines and teasers talk about the same things, then the same Ressort, then recency.

const RELATED_MIN = 6;
export const RELATED_MAX = 8;

interface RelatedSource {
  id: number;
  sectionId: number;
  headline: string;
  teaser: string;
}

export interface RelatedCandidate extends RelatedSource {
  sharedTags: number;
  publishedAt: number;
}

// Short function words carry no topic; without them, similarity reflects content words.
const STOP_WORDS = new Set(
  (
    "aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei bin bis bist da " +
    "dabei damit dann das dass dem den denn der des die dies diese diesem diesen dieser doch dort du durch ein " +
    "eine einem einen einer eines er es etwa für gegen hat hatte hier hin ich ihr ihre im in ist jetzt kann kein " +
    "keine man mehr mit muss nach neue neuen nicht noch nun nur ob oder ohne schon sehr sein seine sich sie sind " +
    "so soll sollen über um und uns unter vom von vor war waren was weil wenn wer werden wie wieder will wir " +
    "wird wo zu zum zur zwei drei gibt geht wurde wurden haben"
  ).split(" "),
);

/** Content words of a text, lower-cased, for a bag-of-words comparison. */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 && !STOP_WORDS.has(w));
  return new Set(words);
}

/** Jaccard similarity of two word sets, 0..1. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Orders candidates and returns at most `max`, never the source itself and never twice the same
 * article. `fillers` (recent stories) top the list up when fewer than RELATED_MIN match.
 */
export function rankRelated<T extends RelatedCandidate>(
  source: RelatedSource,
  candidates: readonly T[],
  fillers: readonly T[] = [],
  max = RELATED_MAX,
): T[] {
  const sourceWords = contentWords(`${source.headline} ${source.teaser}`);
  const seen = new Set<number>([source.id]);
  const scored: { c: T; sim: number }[] = [];
  for (const c of candidates) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    scored.push({ c, sim: similarity(sourceWords, contentWords(`${c.headline} ${c.teaser}`)) });
  }
  scored.sort(
    (x, y) =>
      y.c.sharedTags - x.c.sharedTags ||
      y.sim - x.sim ||
      Number(y.c.sectionId === source.sectionId) - Number(x.c.sectionId === source.sectionId) ||
      y.c.publishedAt - x.c.publishedAt ||
      y.c.id - x.c.id,
  );
  const ranked = scored.slice(0, max).map((s) => s.c);
  for (const f of fillers) {
    if (ranked.length >= RELATED_MIN) break;
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    ranked.push(f);
  }
  return ranked;
}
