// Deterministic, dependency-free generator of article lead images ("Symbolbilder") as SVG.
//
// A key such as "politik-17" selects a motif family by Ressort and seeds a small PRNG with the
// whole key, so every key always yields the same picture and different keys look different.
// Output is a standalone SVG document: flat shapes, at most two gradients, no text, no fonts,
// no scripts and no external references. Coordinates are rounded to one decimal.

import { t } from "@/lib/i18n";
import { hashString, Rng } from "./random";
import { circle, H, p, path, rect, svgDocument, tag, W, type Scene } from "./svg";
import { politik } from "./scenes/politik";
import { news } from "./scenes/news";
import { economy } from "./scenes/economy";
import { lifestyle } from "./scenes/lifestyle";
import { sport } from "./scenes/sport";
import { kolumne } from "./scenes/kolumne";

export { LEAD_IMAGE_HEIGHT, LEAD_IMAGE_WIDTH } from "./size";

export const LEAD_IMAGE_RESSORTS = [
  "politik",
  "news",
  "economy",
  "lifestyle",
  "sport",
  "kolumne",
] as const;

type LeadImageRessort = (typeof LEAD_IMAGE_RESSORTS)[number];

interface LeadImageKey {
  ressort: LeadImageRessort;
  n: number;
}

const KEY_PATTERN = /^([a-z]+)-([1-9][0-9]{0,3})$/;

const LABELS: Record<LeadImageRessort, string> = t.media.illustration;

function isRessort(value: string): value is LeadImageRessort {
  return (LEAD_IMAGE_RESSORTS as readonly string[]).includes(value);
}

/** "politik-17" → { ressort: "politik", n: 17 }; anything else (n outside 1..9999, zero padding, suffixes) → null. */
export function parseLeadImageKey(key: string): LeadImageKey | null {
  if (typeof key !== "string") return null;
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  const [, ressort, digits] = match;
  if (ressort === undefined || digits === undefined || !isRessort(ressort)) return null;
  return { ressort, n: Number(digits) };
}

/** The SVG document for a key, or null when the key is not a valid lead-image key. */
export function renderLeadImage(key: string): string | null {
  const parsed = parseLeadImageKey(key);
  if (!parsed) return null;
  const rng = new Rng(hashString(`${parsed.ressort}-${parsed.n}`));
  const scene = SCENES[parsed.ressort](rng);
  return svgDocument(LABELS[parsed.ressort], scene);
}

/** Neutral grey placeholder in the lead-image size (a framed "picture" glyph). */
export function renderPlaceholderImage(): string {
  const cx = W / 2;
  const cy = H / 2;
  const body =
    rect(0, 0, W, H, "#e4e4e1") +
    tag("rect", {
      x: cx - 110,
      y: cy - 80,
      width: 220,
      height: 160,
      rx: 14,
      fill: "none",
      stroke: "#c4c4c0",
      "stroke-width": 10,
    }) +
    circle(cx + 45, cy - 30, 18, "#c4c4c0") +
    path(
      p`M${cx - 85} ${cy + 55}L${cx - 30} ${cy - 10}L${cx + 10} ${cy + 30}L${cx + 35} ${cy + 8}L${cx + 85} ${cy + 55}Z`,
      "#c4c4c0",
    );
  return svgDocument(t.media.placeholder, { defs: "", body });
}

const SCENES: Record<LeadImageRessort, (rng: Rng) => Scene> = {
  politik,
  news,
  economy,
  lifestyle,
  sport,
  kolumne,
};
