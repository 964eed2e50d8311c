// Text for the share images. next/og draws with the one font it bundles (Geist); for any other
// character it would fetch a font or an emoji picture from the internet, which a server without
// internet access cannot (an emoji even makes the whole image fail). So the text is reduced to
// what the bundled font has: German and the other Latin-script languages, the typographic quotes
// and dashes, €. The test beside this file checks this list against the font file itself.

export const OG_FONT_CHARACTERS = [
  "\u0020-\u007E", // ASCII
  "\u00A0-\u00AC\u00AE-\u0113\u0116-\u012B\u012E-\u0137\u0139-\u013E\u0141-\u0148\u014A-\u014D\u0150-\u017E", // Latin-1, Latin Extended-A
  "\u0218-\u021B", // Ș ș Ț ț
  "\u1E9E", // ẞ
  "\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2032\u2033\u2039\u203A", // punctuation
  "\u20AC\u2122", // € ™
].join("");

const SUPPORTED = new RegExp(`^[${OG_FONT_CHARACTERS}]$`, "u");

// Characters the font lacks but that have a close stand-in.
const STAND_INS: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "–",
  "\u2015": "—",
  "\u2212": "-",
  "\u201B": "‘",
  "\u201F": "“",
  "\u00AD": "",
};

function replacement(ch: string): string {
  if (SUPPORTED.test(ch)) return ch;
  if (/\s/u.test(ch)) return " ";
  const standIn = STAND_INS[ch];
  if (standIn !== undefined) return standIn;
  // "ǅ", "ﬁ", "ｗ": their compatibility form; letters with accents the font lacks: the letter
  // without them.
  for (const candidate of [ch.normalize("NFKC"), ch.normalize("NFKD").replace(/\p{M}/gu, "")]) {
    if (candidate !== "" && [...candidate].every((c) => SUPPORTED.test(c))) return candidate;
  }
  return "";
}

/** The text with only characters the bundled font can draw; emoji and other scripts removed. */
export function ogSafeText(text: string): string {
  return [...text.normalize("NFC")].map(replacement).join("").replace(/\s+/gu, " ").trim();
}
