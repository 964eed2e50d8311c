import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OG_FONT_CHARACTERS, ogSafeText } from "./og-text";

/** The code points a TrueType font maps (cmap formats 4 and 12), read from the file itself. */
function fontCodePoints(file: string): Set<number> {
  const buf = fs.readFileSync(file);
  const tables = buf.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (buf.toString("ascii", rec, rec + 4) === "cmap") cmap = buf.readUInt32BE(rec + 8);
  }
  const points = new Set<number>();
  for (let i = 0; i < buf.readUInt16BE(cmap + 2); i++) {
    const sub = cmap + buf.readUInt32BE(cmap + 8 + i * 8);
    const format = buf.readUInt16BE(sub);
    if (format === 4) {
      const segX2 = buf.readUInt16BE(sub + 6);
      const ends = sub + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const offsets = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = buf.readUInt16BE(ends + s * 2);
        const start = buf.readUInt16BE(starts + s * 2);
        const delta = buf.readInt16BE(deltas + s * 2);
        const offset = buf.readUInt16BE(offsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph =
            offset === 0
              ? (c + delta) & 0xffff
              : buf.readUInt16BE(offsets + s * 2 + offset + (c - start) * 2);
          if (glyph !== 0) points.add(c);
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < buf.readUInt32BE(sub + 12); g++) {
        const start = buf.readUInt32BE(sub + 16 + g * 12);
        const end = buf.readUInt32BE(sub + 20 + g * 12);
        for (let c = start; c <= end; c++) points.add(c);
      }
    }
  }
  return points;
}

describe("ogSafeText", () => {
  it("keeps German text, quotes and dashes", () => {
    expect(ogSafeText("„Grüße“ – Straße, Österreich, ẞ, 5 € … ‚ja‘")).toBe(
      "„Grüße“ – Straße, Österreich, ẞ, 5 € … ‚ja‘",
    );
  });

  it("drops emoji (with joiners and variation selectors) and scripts the font lacks", () => {
    expect(ogSafeText('Sieg 🎉 für "uns" 👨‍👩‍👧 ❤️ 中文 </script>')).toBe('Sieg für "uns" </script>');
  });

  it("replaces what has a close stand-in", () => {
    expect(ogSafeText("E\u2011Mail \uFB01x ǅ\u00ADx")).toBe("E-Mail fix Džx");
  });

  it("allows only characters the font next/og bundles can draw", () => {
    const fontFile = path.join(
      process.cwd(),
      "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf",
    );
    const inFont = fontCodePoints(fontFile);
    const allowed = new RegExp(`^[${OG_FONT_CHARACTERS}]$`, "u");
    const missing: string[] = [];
    for (let c = 0x20; c < 0x3000; c++) {
      if (allowed.test(String.fromCodePoint(c)) && !inFont.has(c)) missing.push(c.toString(16));
    }
    expect(missing).toEqual([]);
  });
});
