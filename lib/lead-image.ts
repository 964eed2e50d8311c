// Deterministic, dependency-free generator of article lead images ("Symbolbilder") as SVG.
//
// A key such as "politik-17" selects a motif family by Ressort and seeds a small PRNG with the
// whole key, so every key always yields the same picture and different keys look different.
// Output is a standalone SVG document: flat shapes, at most two gradients, no text, no fonts,
// no scripts and no external references. Coordinates are rounded to one decimal.

export const LEAD_IMAGE_WIDTH = 1200;
export const LEAD_IMAGE_HEIGHT = 675;

export const LEAD_IMAGE_RESSORTS = [
  "politik",
  "news",
  "economy",
  "lifestyle",
  "sport",
  "kolumne",
] as const;

export type LeadImageRessort = (typeof LEAD_IMAGE_RESSORTS)[number];

export interface LeadImageKey {
  ressort: LeadImageRessort;
  n: number;
}

const KEY_PATTERN = /^([a-z]+)-([1-9][0-9]{0,3})$/;

const LABELS: Record<LeadImageRessort, string> = {
  politik: "Symbolbild Politik",
  news: "Symbolbild Chronik",
  economy: "Symbolbild Wirtschaft",
  lifestyle: "Symbolbild Lifestyle",
  sport: "Symbolbild Sport",
  kolumne: "Symbolbild Kolumne",
};

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
  return svgDocument("Platzhalterbild", { defs: "", body });
}

// ---------------------------------------------------------------------------------------------
// Infrastructure: PRNG, number formatting, tiny element builders, colour mixing.

const W = LEAD_IMAGE_WIDTH;
const H = LEAD_IMAGE_HEIGHT;

interface Scene {
  defs: string;
  body: string;
}

function svgDocument(label: string, scene: Scene): string {
  const defs = scene.defs ? `<defs>${scene.defs}</defs>` : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"` +
    ` role="img" aria-label="${label}">${defs}${scene.body}</svg>`
  );
}

/** FNV-1a, 32 bit. */
function hashString(input: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for picking shapes. */
class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
    this.next();
    this.next();
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from empty list");
    return item;
  }
}

/** Number with at most one decimal, without "-0". */
function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? "0" : String(rounded);
}

/** Tagged template for path data: every interpolated number is rounded by num(). */
function p(strings: TemplateStringsArray, ...values: number[]): string {
  let out = "";
  strings.forEach((chunk, i) => {
    const value = values[i];
    out += chunk + (value === undefined ? "" : num(value));
  });
  return out;
}

type Attrs = Record<string, string | number | undefined>;

function tag(name: string, attrs: Attrs, children?: string): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${key}="${typeof value === "number" ? num(value) : value}"`;
  }
  return children === undefined ? `${out}/>` : `${out}>${children}</${name}>`;
}

function rect(x: number, y: number, w: number, h: number, fill: string, extra: Attrs = {}): string {
  return tag("rect", { x, y, width: w, height: h, fill, ...extra });
}

/** Fill undefined: inherit it from the enclosing group. */
function circle(
  cx: number,
  cy: number,
  r: number,
  fill: string | undefined,
  extra: Attrs = {},
): string {
  return tag("circle", { cx, cy, r, fill, ...extra });
}

function ellipse(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string | undefined,
  extra: Attrs = {},
): string {
  return tag("ellipse", { cx, cy, rx, ry, fill, ...extra });
}

function path(d: string, fill: string, extra: Attrs = {}): string {
  return tag("path", { d, fill, ...extra });
}

function polygon(points: number[], fill: string, extra: Attrs = {}): string {
  return tag("polygon", { points: points.map(num).join(" "), fill, ...extra });
}

function group(attrs: Attrs, children: string): string {
  return tag("g", attrs, children);
}

function stroke(color: string, width: number, extra: Attrs = {}): Attrs {
  return { stroke: color, "stroke-width": width, ...extra };
}

function verticalGradient(id: string, top: string, bottom: string, y1: number, y2: number): string {
  return tag(
    "linearGradient",
    { id, gradientUnits: "userSpaceOnUse", x1: 0, y1, x2: 0, y2 },
    tag("stop", { offset: 0, "stop-color": top }) +
      tag("stop", { offset: 1, "stop-color": bottom }),
  );
}

function hexToRgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Linear mix of two #rrggbb colours; t = 0 → a, t = 1 → b. */
function mix(a: string, b: string, t: number): string {
  const ca = hexToRgb(a);
  const cb = hexToRgb(b);
  const out = ca.map((c, i) => Math.round(c + ((cb[i] ?? c) - c) * t));
  return `#${out.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

function tintAll<T extends Record<string, string>>(palette: T, toward: string, t: number): T {
  if (t === 0) return palette;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(palette)) out[key] = mix(value, toward, t);
  return out as T;
}

// ---------------------------------------------------------------------------------------------
// Shared scenery: skies, sun and moon, clouds, trees.

type TimeOfDay = "day" | "dawn" | "dusk" | "night";

interface Sky {
  top: string;
  bottom: string;
  sun: string;
  cloud: string;
  /** Colour the landscape is tinted toward, and by how much. */
  tint: string;
  amount: number;
}

const SKIES: Record<TimeOfDay, Sky> = {
  day: {
    top: "#9dbacb",
    bottom: "#e3eae8",
    sun: "#f5e8c6",
    cloud: "#f7f7f2",
    tint: "#ffffff",
    amount: 0,
  },
  dawn: {
    top: "#a3b0c4",
    bottom: "#f0d8c0",
    sun: "#f7d9a9",
    cloud: "#faeee2",
    tint: "#e8b48f",
    amount: 0.12,
  },
  dusk: {
    top: "#4d5b78",
    bottom: "#d8a78c",
    sun: "#f1be8e",
    cloud: "#e6c0ae",
    tint: "#3d4763",
    amount: 0.3,
  },
  night: {
    top: "#1b2537",
    bottom: "#3d4a62",
    sun: "#ece7d6",
    cloud: "#55617a",
    tint: "#1b2537",
    amount: 0.55,
  },
};

const TIMES: readonly TimeOfDay[] = ["day", "day", "day", "dawn", "dusk", "night"];

/** Sun (with halo) by day, moon and a sprinkle of stars by night. Expects gradient "s" = sky. */
function celestial(rng: Rng, time: TimeOfDay, x: number, y: number, r: number, yMax: number) {
  const sky = SKIES[time];
  if (time !== "night") {
    return circle(x, y, r * 1.7, sky.sun, { opacity: 0.3 }) + circle(x, y, r, sky.sun);
  }
  let stars = "";
  const count = rng.int(10, 18);
  for (let i = 0; i < count; i++) stars += p`M${rng.int(10, W - 10)} ${rng.int(10, yMax)}h3v3h-3z`;
  let out = path(stars, sky.sun, { opacity: 0.7 }) + circle(x, y, r * 0.8, sky.sun);
  if (rng.chance(0.6)) out += circle(x + r * 0.4, y - r * 0.25, r * 0.72, "url(#s)");
  return out;
}

function cloud(x: number, y: number, s: number, color: string): string {
  return group(
    { fill: color, opacity: 0.85 },
    ellipse(x, y, 70 * s, 20 * s, undefined) +
      circle(x - 24 * s, y - 12 * s, 26 * s, undefined) +
      circle(x + 16 * s, y - 20 * s, 34 * s, undefined),
  );
}

function clouds(rng: Rng, time: TimeOfDay, count: number, yMin: number, yMax: number): string {
  if (time === "night") return "";
  let out = "";
  for (let i = 0; i < count; i++) {
    out += cloud(rng.int(80, W - 80), rng.int(yMin, yMax), rng.range(0.7, 1.5), SKIES[time].cloud);
  }
  return out;
}

function roundTree(x: number, ground: number, h: number, crown: string, trunk: string): string {
  return (
    rect(x - 5, ground - h * 0.4, 10, h * 0.4, trunk) +
    ellipse(x, ground - h * 0.62, h * 0.28, h * 0.38, crown)
  );
}

/** Path data for a conifer (triangle) standing at (x, ground). */
function firData(x: number, ground: number, h: number): string {
  const w = h * 0.42;
  return p`M${x - w} ${ground}L${x} ${ground - h}L${x + w} ${ground}Z`;
}

// ---------------------------------------------------------------------------------------------
// Politik: a parliament-like facade with columns, steps, a flag and a sky.

const POLITIK_PALETTES = [
  {
    stone: "#ebe5d8",
    shade: "#c8bfae",
    dark: "#6f6558",
    roof: "#7f9e96",
    ground: "#a7ab98",
    plaza: "#d6d0c2",
    tree: "#6d8767",
    trunk: "#6b5a4a",
  },
  {
    stone: "#e2dccf",
    shade: "#bdb3a1",
    dark: "#665d52",
    roof: "#6d8a8f",
    ground: "#9fa592",
    plaza: "#cfc8b8",
    tree: "#5f7a63",
    trunk: "#5f5043",
  },
  {
    stone: "#efe8dc",
    shade: "#d2c4ad",
    dark: "#7a6853",
    roof: "#8b6f5c",
    ground: "#b0ab97",
    plaza: "#ddd4c2",
    tree: "#75896a",
    trunk: "#6b5848",
  },
  {
    stone: "#dfe0dc",
    shade: "#b9bbb5",
    dark: "#5d605d",
    roof: "#5e6f7e",
    ground: "#9aa293",
    plaza: "#cbcdc6",
    tree: "#62795f",
    trunk: "#5a4e45",
  },
] as const;

const FLAGS: readonly (readonly string[])[] = [
  ["#b23b3b", "#f3efe6", "#b23b3b"],
  ["#b23b3b", "#f3efe6", "#b23b3b"],
  ["#3d5288"],
];

function politik(rng: Rng): Scene {
  const time = rng.pick(TIMES);
  const sky = SKIES[time];
  const pal = tintAll(rng.pick(POLITIK_PALETTES), sky.tint, sky.amount);
  const ground = rng.int(565, 600);
  const cx = 600 + rng.int(-150, 150);
  const bw = rng.int(500, 700);
  const left = cx - bw / 2;
  const right = cx + bw / 2;
  const columns = rng.int(4, 8);
  const colH = rng.int(150, 210);
  const stepTop = ground - 30;
  const colTop = stepTop - colH;
  const entH = rng.int(26, 40);
  const entTop = colTop - entH;
  const roofStyle = rng.pick(["pediment", "pediment", "dome", "attic"] as const);

  let out = rect(0, 0, W, H, "url(#s)");
  out += celestial(
    rng,
    time,
    rng.pick([rng.int(90, 300), rng.int(900, 1110)]),
    rng.int(70, 170),
    rng.int(34, 52),
    entTop - 40,
  );
  out += clouds(rng, time, rng.int(0, 3), 60, 200);

  // Background trees behind the building.
  if (rng.chance(0.6)) {
    let firs = "";
    for (let x = rng.int(-20, 30); x < W; x += rng.int(40, 90))
      firs += firData(x, ground, rng.int(70, 150));
    out += path(firs, mix(pal.tree, sky.bottom, 0.45));
  }

  out += rect(0, ground, W, H - ground, pal.ground);
  out += polygon([left - 60, ground, right + 60, ground, right + 260, H, left - 260, H], pal.plaza);

  // Side wings with two rows of windows.
  if (rng.chance(0.65)) {
    const ww = rng.int(130, 230);
    const wTop = stepTop - Math.round(colH * rng.range(0.7, 0.95));
    let windows = "";
    for (const [x0, x1] of [
      [left - ww, left],
      [right, right + ww],
    ] as const) {
      out += rect(x0, wTop, x1 - x0, ground - wTop, pal.shade);
      out += rect(x0 - 6, wTop - 14, x1 - x0 + 12, 14, pal.stone);
      const n = Math.max(2, Math.floor((x1 - x0) / 48));
      const gap = (x1 - x0) / n;
      for (let i = 0; i < n; i++) {
        const wx = x0 + gap * i + gap / 2 - 9;
        windows += p`M${wx} ${wTop + 22}h18v34h-18z`;
        windows += p`M${wx} ${wTop + 78}h18v34h-18z`;
      }
    }
    out += path(windows, pal.dark, { opacity: time === "night" ? 1 : 0.55 });
    if (time === "night") out += path(windows, "#f0cf8a", { opacity: 0.55 });
  }

  // Roof: pediment, dome on a drum, or an attic with statues.
  let roofTop = entTop;
  if (roofStyle === "pediment") {
    const ph = rng.int(60, 100);
    out += polygon([left - 16, entTop, cx, entTop - ph, right + 16, entTop], pal.stone);
    out += polygon(
      [left + 24, entTop - 8, cx, entTop - ph + 14, right - 24, entTop - 8],
      pal.shade,
    );
    roofTop = entTop - ph;
  } else if (roofStyle === "dome") {
    const dr = rng.int(90, 140);
    const dh = rng.int(30, 50);
    const ry = dr * rng.range(0.7, 1);
    out += rect(cx - dr, entTop - dh, dr * 2, dh, pal.shade);
    out += path(
      p`M${cx - dr} ${entTop - dh}A${dr} ${ry} 0 0 1 ${cx + dr} ${entTop - dh}Z`,
      pal.roof,
    );
    out += rect(cx - 10, entTop - dh - ry - 28, 20, 30, pal.roof);
    roofTop = entTop - dh - ry - 28;
  } else {
    out += rect(left, entTop - 30, bw, 30, pal.stone);
    let statues = "";
    for (const sx of [left + 20, cx - 20, right - 60]) {
      statues += p`M${sx} ${entTop - 30}h40v-16h-12v-30h-16v30h-12z`;
    }
    out += path(statues, pal.roof);
    roofTop = entTop - 76;
  }

  // Flag on a pole above the roof (or on the left corner of the attic).
  const poleX = roofStyle === "attic" ? left + 12 : cx;
  const poleTop = roofTop - rng.int(70, 100);
  out += path(p`M${poleX} ${roofTop}V${poleTop}`, "none", stroke(pal.dark, 4));
  const stripes = rng.pick(FLAGS);
  const fw = rng.int(64, 84);
  const fh = Math.round(fw * 0.62);
  const sh = fh / stripes.length;
  stripes.forEach((color, i) => {
    const y = poleTop + 2 + sh * i;
    out += path(p`M${poleX + 2} ${y}q${fw / 2} -6 ${fw} 0v${sh}q${-fw / 2} -6 ${-fw} 0z`, color);
  });
  if (stripes.length === 1) {
    // A ring of "stars" for the EU flag.
    out += circle(poleX + 2 + fw / 2, poleTop + fh / 2 - 1, fh * 0.28, "none", {
      ...stroke("#e2c25a", 4),
      "stroke-dasharray": "2.5 4",
    });
  }

  // Entablature, back wall, door, columns, steps.
  out += rect(left - 10, entTop, bw + 20, entH, pal.stone);
  out += rect(left - 10, entTop + entH - 8, bw + 20, 8, pal.shade);
  out += rect(left + 14, colTop, bw - 28, colH, pal.shade);
  if (columns % 2 === 0) out += rect(cx - 26, stepTop - 100, 52, 100, pal.dark, { opacity: 0.75 });
  const colW = Math.min(40, (bw - 80) / (columns * 2.2));
  const span = bw - 70;
  let cols = "";
  let caps = "";
  let fluting = "";
  for (let i = 0; i < columns; i++) {
    const x = left + 35 + (span / (columns - 1)) * i - colW / 2;
    cols += p`M${x} ${colTop + 10}h${colW}V${stepTop}h${-colW}z`;
    caps += p`M${x - 6} ${colTop}h${colW + 12}v10h${-colW - 12}z`;
    fluting += p`M${x + colW - 7} ${colTop + 10}h7V${stepTop}h-7z`;
  }
  out += path(cols, pal.stone) + path(caps, pal.stone) + path(fluting, pal.shade, { opacity: 0.7 });
  for (let k = 0; k < 3; k++) {
    out += rect(
      left - 20 - k * 14,
      stepTop + k * 10,
      bw + 40 + k * 28,
      10,
      k % 2 ? pal.shade : pal.stone,
    );
  }

  // Trees in front, left and right.
  for (let i = rng.int(0, 3); i > 0; i--) {
    const x = rng.chance(0.5)
      ? rng.int(30, Math.max(40, left - 60))
      : rng.int(Math.min(W - 40, right + 60), W - 30);
    out += roundTree(x, ground + rng.int(5, 40), rng.int(130, 190), pal.tree, pal.trunk);
  }

  return { defs: verticalGradient("s", sky.top, sky.bottom, 0, ground), body: out };
}

// ---------------------------------------------------------------------------------------------
// News: a city skyline (with tower and spire) or a globe with meridians.

const NEWS_PALETTES = [
  {
    far: "#9aa7b4",
    a: "#6f7f8f",
    b: "#8793a0",
    c: "#5b6878",
    street: "#3f4852",
    window: "#dbe4ea",
  },
  {
    far: "#b2aca3",
    a: "#857b70",
    b: "#9b9286",
    c: "#6e655b",
    street: "#4a443e",
    window: "#efe6d6",
  },
  {
    far: "#a5b3ad",
    a: "#6b7d78",
    b: "#839590",
    c: "#56655f",
    street: "#3c4643",
    window: "#e2ebe6",
  },
] as const;

const GLOBE_PALETTES = [
  {
    bg1: "#e8ece9",
    bg2: "#cfd9dc",
    sea: "#5f8197",
    land: "#a9bf9a",
    line: "#e8ece9",
    accent: "#c0653f",
  },
  {
    bg1: "#26344a",
    bg2: "#121b29",
    sea: "#3b5873",
    land: "#7d9a86",
    line: "#b7c7d3",
    accent: "#e0a85a",
  },
  {
    bg1: "#f1ebe1",
    bg2: "#e0d3c0",
    sea: "#4d6d7e",
    land: "#c7b48d",
    line: "#f1ebe1",
    accent: "#a6493a",
  },
] as const;

function news(rng: Rng): Scene {
  return rng.chance(0.6) ? skyline(rng) : globe(rng);
}

function skyline(rng: Rng): Scene {
  const time = rng.pick(TIMES);
  const sky = SKIES[time];
  const pal = tintAll(rng.pick(NEWS_PALETTES), sky.tint, sky.amount * 0.8);
  const street = rng.int(585, 615);
  let out = rect(0, 0, W, H, "url(#s)");
  out += celestial(rng, time, rng.int(120, 1080), rng.int(80, 180), rng.int(30, 50), 300);
  out += clouds(rng, time, rng.int(0, 2), 70, 190);

  // Far silhouette as one stepped path.
  let far = p`M0 ${street}`;
  for (let x = 0; x < W;) {
    const w = rng.int(40, 90);
    const y = street - rng.int(140, 300);
    far += p`V${y}H${Math.min(W, x + w)}`;
    x += w;
  }
  out += path(`${far}V${street}Z`, pal.far, { opacity: 0.8 });

  // Landmarks: a TV tower and/or a cathedral spire.
  if (rng.chance(0.55)) {
    const tx = rng.int(100, 1100);
    const top = rng.int(90, 150);
    out += path(p`M${tx - 9} ${street}L${tx - 5} ${top + 60}h10L${tx + 9} ${street}Z`, pal.b);
    out += ellipse(tx, top + 60, 36, 11, pal.b) + rect(tx - 24, top + 36, 48, 22, pal.b, { rx: 8 });
    out += path(p`M${tx} ${top + 36}V${top - 20}`, "none", stroke(pal.b, 4));
  }
  if (rng.chance(0.5)) {
    const sx = rng.int(80, 1120);
    const top = rng.int(120, 200);
    out += polygon([sx - 22, street - 280, sx, top, sx + 22, street - 280], pal.c);
    out += rect(sx - 34, street - 282, 68, 282, pal.c);
  }

  // Near buildings with windows.
  const lit = time === "night" || time === "dusk";
  let windows = "";
  let budget = 90;
  for (let x = rng.int(-40, 0); x < W;) {
    const w = rng.int(70, 150);
    const h = rng.int(110, 330);
    const top = street - h;
    out += rect(x, top, w, h, rng.pick([pal.a, pal.b, pal.c]));
    if (rng.chance(0.3)) out += rect(x + w * 0.3, top - 24, w * 0.4, 24, pal.c);
    const cols = Math.max(1, Math.floor((w - 16) / 26));
    const rows = Math.min(8, Math.floor((h - 20) / 34));
    const ox = x + (w - cols * 26 + 10) / 2;
    for (let r = 0; r < rows && budget > 0; r++) {
      for (let c = 0; c < cols && budget > 0; c++) {
        if (rng.chance(lit ? 0.45 : 0.6)) {
          windows += p`M${ox + c * 26} ${top + 16 + r * 34}h16v20h-16z`;
          budget--;
        }
      }
    }
    x += w + rng.int(0, 12);
  }
  out += path(windows, lit ? "#f0cf8a" : pal.window, { opacity: lit ? 0.9 : 0.45 });

  out += rect(0, street, W, H - street, pal.street);
  out += path(
    p`M0 ${street + (H - street) / 2}H${W}`,
    "none",
    stroke("#d9d4c6", 4, { "stroke-dasharray": "40 30", opacity: 0.7 }),
  );
  return { defs: verticalGradient("s", sky.top, sky.bottom, 0, street), body: out };
}

function globe(rng: Rng): Scene {
  const pal = rng.pick(GLOBE_PALETTES);
  const cx = rng.pick([rng.int(330, 480), 600, rng.int(720, 870)]);
  const cy = rng.int(320, 360);
  const r = rng.int(200, 250);
  const tilt = rng.int(-24, 24);

  let out = rect(0, 0, W, H, "url(#s)");
  // Broadcast rings.
  let rings = "";
  for (let i = 1; i <= rng.int(3, 5); i++) {
    const rr = r + 60 * i + rng.int(0, 20);
    rings += p`M${cx - rr} ${cy}a${rr} ${rr} 0 1 0 ${rr * 2} 0a${rr} ${rr} 0 1 0 ${-rr * 2} 0`;
  }
  out += path(rings, "none", stroke(pal.sea, 3, { opacity: 0.18 }));

  // Orbit: the back half is drawn before the globe, the front half after it.
  const orx = r + rng.int(60, 110);
  const ory = rng.int(50, 90);
  const orbit = p`rotate(${rng.int(-30, 30)} ${cx} ${cy})`;
  out += ellipse(
    cx,
    cy,
    orx,
    ory,
    "none",
    stroke(pal.accent, 3, { transform: orbit, opacity: 0.5 }),
  );
  out += circle(cx + 14, cy + 18, r, pal.sea, { opacity: 0.25 });
  out += circle(cx, cy, r, pal.sea);

  // Continents: smooth random blobs, clipped to the disc.
  let land = "";
  for (let i = rng.int(3, 5); i > 0; i--) {
    const bx = cx + rng.range(-0.7, 0.7) * r;
    const by = cy + rng.range(-0.7, 0.7) * r;
    const size = rng.range(0.2, 0.42) * r;
    const n = rng.int(5, 7);
    const pts: [number, number][] = [];
    for (let k = 0; k < n; k++) {
      const a = (k / n) * Math.PI * 2;
      const rr = size * rng.range(0.6, 1.3);
      pts.push([bx + Math.cos(a) * rr * 1.2, by + Math.sin(a) * rr]);
    }
    land += smoothClosed(pts);
  }
  let grid = "";
  for (const f of [0.3, 0.62, 0.88]) {
    grid += p`M${cx} ${cy - r}a${r * f} ${r} 0 0 0 0 ${r * 2}a${r * f} ${r} 0 0 0 0 ${-r * 2}`;
  }
  grid += p`M${cx} ${cy - r}V${cy + r}`;
  for (const lat of [-0.62, -0.3, 0, 0.3, 0.62]) {
    const y = cy + lat * r;
    const hw = Math.sqrt(r * r - (lat * r) ** 2);
    grid += p`M${cx - hw} ${y}H${cx + hw}`;
  }
  const inner = path(land, pal.land) + path(grid, "none", stroke(pal.line, 2.5, { opacity: 0.55 }));
  out += group({ "clip-path": "url(#c)", transform: p`rotate(${tilt} ${cx} ${cy})` }, inner);

  // Front half of the orbit with a satellite, and a few highlighted places.
  out += group(
    { transform: orbit },
    path(
      p`M${cx - orx} ${cy}A${orx} ${ory} 0 0 0 ${cx + orx} ${cy}`,
      "none",
      stroke(pal.accent, 3),
    ) + circle(cx + orx * 0.7, cy + ory * 0.71, 11, pal.accent),
  );
  for (let i = rng.int(2, 4); i > 0; i--) {
    const a = rng.range(0, Math.PI * 2);
    const d = rng.range(0.1, 0.75) * r;
    const x = cx + Math.cos(a) * d;
    const y = cy + Math.sin(a) * d;
    out +=
      circle(x, y, 7, pal.accent) +
      circle(x, y, 18, "none", stroke(pal.accent, 3, { opacity: 0.6 }));
  }

  const defs =
    verticalGradient("s", pal.bg1, pal.bg2, 0, H) +
    tag("clipPath", { id: "c" }, circle(cx, cy, r, "#000"));
  return { defs, body: out };
}

/** Closed smooth path through points (quadratic curves via edge midpoints). */
function smoothClosed(pts: readonly [number, number][]): string {
  const n = pts.length;
  const at = (i: number): [number, number] => pts[((i % n) + n) % n] ?? [0, 0];
  const mid = (i: number): [number, number] => {
    const [ax, ay] = at(i);
    const [bx, by] = at(i + 1);
    return [(ax + bx) / 2, (ay + by) / 2];
  };
  const [sx, sy] = mid(n - 1);
  let d = p`M${sx} ${sy}`;
  for (let i = 0; i < n; i++) {
    const [x, y] = at(i);
    const [mx, my] = mid(i);
    d += p`Q${x} ${y} ${mx} ${my}`;
  }
  return `${d}Z`;
}

// ---------------------------------------------------------------------------------------------
// Economy: a chart card (bars, candles or area) with a trend line, coin stacks, an arrow.

const ECONOMY_PALETTES = [
  {
    bg1: "#f1efe8",
    bg2: "#dfe3dc",
    card: "#fbfaf6",
    grid: "#d9dad2",
    bar: "#5f7d95",
    bar2: "#a7b9c6",
    up: "#5f8a6a",
    down: "#b5563f",
    accent: "#c0803f",
    line: "#2f4858",
    coin: "#d9b866",
    coinDark: "#b08d3c",
    ground: "#cfcabd",
  },
  {
    bg1: "#eef1ef",
    bg2: "#d5dfdc",
    card: "#f8faf8",
    grid: "#d2dbd8",
    bar: "#4f7d73",
    bar2: "#a3c0b8",
    up: "#4f7d73",
    down: "#b5563f",
    accent: "#b5563f",
    line: "#2e3f3c",
    coin: "#d6b46a",
    coinDark: "#a98a40",
    ground: "#bfc9c2",
  },
  {
    bg1: "#f3eee6",
    bg2: "#e4d8c6",
    card: "#fcf9f3",
    grid: "#e0d6c6",
    bar: "#8a6d55",
    bar2: "#cdb59b",
    up: "#6f8a5a",
    down: "#a44a3a",
    accent: "#3f6e8c",
    line: "#3a2f28",
    coin: "#dab865",
    coinDark: "#ad8a3a",
    ground: "#d1c4ae",
  },
  {
    bg1: "#2b3642",
    bg2: "#1b232c",
    card: "#222c37",
    grid: "#3a4856",
    bar: "#6f8fa8",
    bar2: "#475b6d",
    up: "#7fa886",
    down: "#c7705a",
    accent: "#d6a25a",
    line: "#e6e1d6",
    coin: "#d9b263",
    coinDark: "#a7823a",
    ground: "#151c23",
  },
] as const;

function economy(rng: Rng): Scene {
  const pal = rng.pick(ECONOMY_PALETTES);
  const chartLeft = rng.chance(0.5);
  const floor = rng.int(590, 615);
  const cardX = chartLeft ? rng.int(60, 110) : rng.int(400, 470);
  const cardW = rng.int(640, 700);
  const cardY = rng.int(70, 110);
  const cardH = floor - cardY - rng.int(40, 70);
  const style = rng.pick(["bars", "bars", "candles", "area"] as const);
  const trend = rng.pick([1, 1, -1, 0.3]);

  let out = rect(0, 0, W, H, "url(#s)");
  out += rect(0, floor, W, H - floor, pal.ground);

  // Card with shadow and grid.
  out += rect(cardX + 12, cardY + 14, cardW, cardH, "#000", { rx: 16, opacity: 0.08 });
  out += rect(cardX, cardY, cardW, cardH, pal.card, { rx: 16 });
  const px = cardX + 50;
  const pw = cardW - 100;
  const py = cardY + 50;
  const ph = cardH - 90;
  let grid = "";
  for (let i = 0; i <= 4; i++) grid += p`M${px} ${py + (ph / 4) * i}h${pw}`;
  out += path(grid, "none", stroke(pal.grid, 2));

  // Values: random walk with a trend, normalised into the plot.
  const n = style === "candles" ? rng.int(9, 13) : rng.int(5, 9);
  const values: number[] = [];
  let v = rng.range(0.3, 0.6);
  for (let i = 0; i < n; i++) {
    v += trend * 0.07 + rng.range(-0.12, 0.12);
    v = Math.min(0.95, Math.max(0.12, v));
    values.push(v);
  }
  const slot = pw / n;
  const yOf = (value: number) => py + ph - value * ph;
  const xOf = (i: number) => px + slot * i + slot / 2;
  const linePts: number[] = [];

  if (style === "bars") {
    let bars = "";
    const bw = slot * rng.range(0.5, 0.7);
    values.forEach((value, i) => {
      const x = xOf(i) - bw / 2;
      const y = yOf(value);
      if (i < n - 1) bars += p`M${x} ${py + ph}V${y}h${bw}V${py + ph}z`;
      else out += rect(x, y, bw, py + ph - y, pal.accent);
      linePts.push(xOf(i), y - 24);
    });
    out += path(bars, rng.chance(0.5) ? pal.bar : pal.bar2);
  } else if (style === "candles") {
    let ups = "";
    let downs = "";
    let prev = values[0] ?? 0.5;
    values.forEach((value, i) => {
      const x = xOf(i);
      const hi = Math.max(prev, value) + rng.range(0.03, 0.08);
      const lo = Math.min(prev, value) - rng.range(0.03, 0.08);
      const top = yOf(Math.max(prev, value));
      const bottom = Math.max(yOf(Math.min(prev, value)), top + 6);
      const d = p`M${x - 1.5} ${yOf(hi)}h3V${yOf(lo)}h-3zM${x - slot * 0.3} ${top}h${slot * 0.6}V${bottom}h${-slot * 0.6}z`;
      if (value >= prev) ups += d;
      else downs += d;
      linePts.push(x, top);
      prev = value;
    });
    out += path(ups, pal.up) + path(downs, pal.down);
  } else {
    values.forEach((value, i) => linePts.push(px + (pw / (n - 1)) * i, yOf(value)));
    out += polygon([px, py + ph, ...linePts, px + pw, py + ph], pal.bar2, { opacity: 0.7 });
  }
  out += path(p`M${px} ${py + ph}h${pw}`, "none", stroke(pal.line, 3));
  if (style !== "candles" || rng.chance(0.4)) {
    out += tag("polyline", {
      points: linePts.map(num).join(" "),
      fill: "none",
      ...stroke(style === "candles" ? pal.accent : pal.line, 5, { "stroke-linejoin": "round" }),
    });
    let marks = "";
    for (let i = 0; i + 1 < linePts.length; i += 2) {
      const x = linePts[i] ?? 0;
      const y = linePts[i + 1] ?? 0;
      marks += p`M${x - 7} ${y}a7 7 0 1 0 14 0a7 7 0 1 0-14 0`;
    }
    out += path(marks, pal.card, stroke(pal.line, 4));
  }

  // Coin stacks on the free side.
  const freeX0 = chartLeft ? cardX + cardW + 30 : 30;
  const freeX1 = chartLeft ? W - 30 : cardX - 30;
  // A donut chart above the coins.
  if (rng.chance(0.75)) {
    const dx = (freeX0 + freeX1) / 2 + rng.int(-20, 20);
    const dy = cardY + rng.int(90, 130);
    const dr = Math.min(85, (freeX1 - freeX0) / 2 - 40);
    const circumference = 2 * Math.PI * dr;
    let start = 0;
    const shares = [rng.range(0.35, 0.55), rng.range(0.2, 0.35)];
    shares.push(1 - (shares[0] ?? 0) - (shares[1] ?? 0));
    [pal.bar, pal.bar2, pal.accent].forEach((color, i) => {
      const len = circumference * (shares[i] ?? 0);
      out += circle(dx, dy, dr, "none", {
        ...stroke(color, dr * 0.5),
        "stroke-dasharray": `${num(Math.max(0, len - 4))} ${num(circumference)}`,
        "stroke-dashoffset": num(-start),
        transform: p`rotate(-90 ${dx} ${dy})`,
      });
      start += len;
    });
  }
  const stacks = rng.int(1, 3);
  const rx = Math.min(62, (freeX1 - freeX0) / (stacks * 2.4));
  for (let s = 0; s < stacks; s++) {
    const x = freeX0 + ((freeX1 - freeX0) / stacks) * (s + 0.5) + rng.int(-8, 8);
    const base = floor + rng.int(10, 40);
    const count = rng.int(4, 11);
    const t = 17;
    const ry = rx * 0.3;
    const top = base - count * t;
    out += ellipse(x + 10, base + 6, rx + 6, ry, "#000", { opacity: 0.12 });
    out +=
      ellipse(x, base, rx, ry, pal.coinDark) + rect(x - rx, top, rx * 2, count * t, pal.coinDark);
    let seams = "";
    for (let i = 1; i < count; i++)
      seams += p`M${x - rx} ${top + i * t}a${rx} ${ry} 0 0 0 ${rx * 2} 0`;
    out += path(seams, "none", stroke(pal.coin, 2.5));
    out +=
      ellipse(x, top, rx, ry, pal.coin) +
      ellipse(x, top, rx * 0.72, ry * 0.68, "none", stroke(pal.coinDark, 3));
  }

  // Trend arrow.
  if (rng.chance(0.5) && style !== "candles") {
    const ax0 = cardX + cardW * 0.15;
    const ax1 = cardX + cardW * 0.82;
    const ay0 = trend > 0 ? cardY + cardH * 0.55 : cardY + cardH * 0.25;
    const ay1 = trend > 0 ? cardY + cardH * 0.12 : cardY + cardH * 0.55;
    const ang = Math.atan2(ay1 - ay0, ax1 - ax0);
    const hx = (k: number, side: number) => ax1 - Math.cos(ang + side * 0.5) * k;
    const hy = (k: number, side: number) => ay1 - Math.sin(ang + side * 0.5) * k;
    out += path(
      p`M${ax0} ${ay0}L${ax1} ${ay1}`,
      "none",
      stroke(pal.accent, 12, { "stroke-linecap": "round", opacity: 0.85 }),
    );
    out += polygon(
      [
        ax1 + Math.cos(ang) * 14,
        ay1 + Math.sin(ang) * 14,
        hx(40, 1),
        hy(40, 1),
        hx(40, -1),
        hy(40, -1),
      ],
      pal.accent,
      { opacity: 0.85 },
    );
  }

  return { defs: verticalGradient("s", pal.bg1, pal.bg2, 0, floor), body: out };
}

// ---------------------------------------------------------------------------------------------
// Lifestyle: soft circles on a wall, a table with a cup, a plant, books, a vase or fruit.

const LIFESTYLE_PALETTES = [
  {
    wall1: "#f1e7db",
    wall2: "#e5d3c1",
    blob1: "#e8c7b0",
    blob2: "#d9d5c0",
    table: "#b99a7d",
    edge: "#9c7e63",
    cup: "#f7f3ec",
    cupShade: "#ddd4c7",
    coffee: "#6b4a36",
    pot: "#c77f5e",
    leaf: "#6f8f68",
    leaf2: "#93ab85",
    accent: "#d9a441",
    book1: "#7c93a6",
    book2: "#c98f6f",
  },
  {
    wall1: "#e6ede6",
    wall2: "#d3ded5",
    blob1: "#c5d6c6",
    blob2: "#efe3cf",
    table: "#a99c89",
    edge: "#8c8070",
    cup: "#f5f2ea",
    cupShade: "#d9d3c6",
    coffee: "#5e4333",
    pot: "#d2c2a8",
    leaf: "#55785b",
    leaf2: "#7f9e7c",
    accent: "#d98c6a",
    book1: "#c2735a",
    book2: "#e0c48b",
  },
  {
    wall1: "#f3e6e3",
    wall2: "#e6d0cc",
    blob1: "#e4bdb6",
    blob2: "#f0dcc0",
    table: "#c3ad99",
    edge: "#a48f7b",
    cup: "#faf6f1",
    cupShade: "#e0d6cf",
    coffee: "#71503c",
    pot: "#8a9fb1",
    leaf: "#6a8a67",
    leaf2: "#98b08c",
    accent: "#c9765d",
    book1: "#5f7d95",
    book2: "#d8b072",
  },
  {
    wall1: "#e8e9ee",
    wall2: "#d5d8e0",
    blob1: "#c8cfdd",
    blob2: "#eadfcf",
    table: "#8f8a86",
    edge: "#74706c",
    cup: "#f4f3ef",
    cupShade: "#d6d4cd",
    coffee: "#5a3f31",
    pot: "#e0d5c3",
    leaf: "#5e7f66",
    leaf2: "#88a48a",
    accent: "#c9a15a",
    book1: "#b5654f",
    book2: "#6f8fa0",
  },
] as const;

type LifestylePalette = (typeof LIFESTYLE_PALETTES)[number];

function lifestyle(rng: Rng): Scene {
  const pal = rng.pick(LIFESTYLE_PALETTES);
  const table = rng.int(470, 520);
  let out = rect(0, 0, W, H, "url(#s)");

  for (let i = rng.int(3, 5); i > 0; i--) {
    out += circle(
      rng.int(60, W - 60),
      rng.int(60, table - 40),
      rng.int(80, 220),
      rng.chance(0.5) ? pal.blob1 : pal.blob2,
      {
        opacity: rng.range(0.35, 0.7),
      },
    );
  }
  // Optional arched window with a tiny sun.
  if (rng.chance(0.4)) {
    const wx = rng.int(120, 1000);
    const wy = rng.int(90, 150);
    const ww = rng.int(140, 190);
    const wh = table - 60 - wy;
    out += path(
      p`M${wx} ${wy + wh}V${wy + ww / 2}a${ww / 2} ${ww / 2} 0 0 1 ${ww} 0V${wy + wh}Z`,
      "#dfe8ec",
      stroke(pal.wall1, 12),
    );
    out += circle(wx + ww * 0.65, wy + ww * 0.6, 18, "#f5e2b5");
    out += path(
      p`M${wx + ww / 2} ${wy}V${wy + wh}M${wx} ${wy + wh * 0.55}h${ww}`,
      "none",
      stroke(pal.wall1, 8),
    );
  }

  out +=
    rect(0, table, W, H - table, pal.table) + rect(0, table, W, 10, pal.edge, { opacity: 0.5 });

  const kinds = ["cup", "plant", "books", "vase", "fruit"] as const;
  const first = rng.pick(kinds);
  const second = rng.pick(kinds.filter((k) => k !== first));
  const third = rng.chance(0.5)
    ? rng.pick(kinds.filter((k) => k !== first && k !== second))
    : undefined;
  const items = [first, second, third].filter((k): k is (typeof kinds)[number] => k !== undefined);
  const slots = items.length === 3 ? [220, 610, 990] : [rng.int(300, 420), rng.int(780, 900)];
  items.forEach((kind, i) => {
    const x = (slots[i] ?? 600) + rng.int(-30, 30);
    const y = table + rng.int(20, 45);
    const scale = items.length === 3 ? rng.int(12, 14) / 10 : rng.int(14, 17) / 10;
    out += group(
      {
        transform: p`translate(${x * (1 - scale)} ${y * (1 - scale)}) scale(${scale})`,
      },
      ellipse(x + 20, y + 4, 120, 16, "#000", { opacity: 0.08 }) +
        LIFESTYLE_ITEMS[kind](rng, pal, x, y),
    );
  });

  return { defs: verticalGradient("s", pal.wall1, pal.wall2, 0, table), body: out };
}

const LIFESTYLE_ITEMS: Record<
  "cup" | "plant" | "books" | "vase" | "fruit",
  (rng: Rng, pal: LifestylePalette, x: number, y: number) => string
> = {
  cup(rng, pal, x, y) {
    const s = rng.range(0.9, 1.15);
    const top = y - 150 * s;
    let out =
      ellipse(x, y, 120 * s, 22 * s, pal.cupShade) + ellipse(x, y - 4, 100 * s, 16 * s, pal.cup);
    out += path(
      p`M${x + 55 * s} ${top + 40 * s}a38 38 0 0 1 0 76`,
      "none",
      stroke(pal.cup, 16 * s),
    );
    out += path(
      p`M${x - 75 * s} ${top}h${150 * s}l-12 ${110 * s}q-6 ${32 * s}-36 ${32 * s}h${-54 * s}q-30 0-36 ${-32 * s}z`,
      pal.cup,
    );
    out += path(
      p`M${x + 18 * s} ${top + 6}h${55 * s}l-12 ${110 * s}q-6 ${32 * s}-36 ${32 * s}h-8z`,
      pal.cupShade,
      { opacity: 0.6 },
    );
    out +=
      ellipse(x, top, 75 * s, 13 * s, pal.cupShade) +
      ellipse(x, top + 3, 66 * s, 9 * s, pal.coffee);
    let steam = "";
    for (let i = 0; i < rng.int(2, 3); i++) {
      const sx = x - 30 + i * 30;
      steam += p`M${sx} ${top - 20}c-14 -20 14 -32 0 -56c-8 -14 5 -24 3 -34`;
    }
    out += path(steam, "none", stroke("#ffffff", 6, { "stroke-linecap": "round", opacity: 0.75 }));
    return out;
  },
  plant(rng, pal, x, y) {
    const potH = rng.int(90, 120);
    const potW = rng.int(90, 120);
    const top = y - potH;
    let leaves = "";
    let leaves2 = "";
    const n = rng.int(5, 9);
    for (let i = 0; i < n; i++) {
      const a = -70 + (140 / (n - 1)) * i + rng.int(-8, 8);
      const len = rng.int(90, 170);
      const e = ellipse(x, top - len / 2, rng.int(16, 26), len / 2, undefined, {
        transform: p`rotate(${a} ${x} ${top})`,
      });
      if (i % 2) leaves += e;
      else leaves2 += e;
    }
    let out = group({ fill: pal.leaf }, leaves) + group({ fill: pal.leaf2 }, leaves2);
    out += path(p`M${x - potW / 2} ${top}h${potW}l-14 ${potH}h${-potW + 28}z`, pal.pot);
    out += rect(x - potW / 2 - 8, top - 6, potW + 16, 22, pal.pot);
    out += rect(x - potW / 2 - 8, top + 12, potW + 16, 4, "#000", { opacity: 0.12 });
    return out;
  },
  books(rng, pal, x, y) {
    let out = "";
    let by = y;
    const colors = [pal.book1, pal.book2, pal.accent, pal.leaf2];
    for (let i = rng.int(2, 4); i > 0; i--) {
      const w = rng.int(170, 230);
      const h = rng.int(22, 34);
      const bx = x - w / 2 + rng.int(-16, 16);
      by -= h;
      out += rect(bx, by, w, h, rng.pick(colors), { rx: 3 });
      out += rect(bx + w - 22, by + 4, 8, h - 8, "#ffffff", { opacity: 0.45 });
    }
    return out;
  },
  vase(rng, pal, x, y) {
    const h = rng.int(120, 160);
    const top = y - h;
    let stems = "";
    let blooms = "";
    for (let i = rng.int(3, 5); i > 0; i--) {
      const fx = x + rng.int(-70, 70);
      const fy = top - rng.int(40, 110);
      stems += p`M${x + rng.int(-8, 8)} ${top + 20}Q${x} ${fy + 60} ${fx} ${fy}`;
      blooms += p`M${fx - 16} ${fy}a16 16 0 1 0 32 0a16 16 0 1 0-32 0`;
    }
    let out = path(stems, "none", stroke(pal.leaf, 5));
    out += path(blooms, rng.chance(0.5) ? pal.accent : pal.book2);
    out += path(
      p`M${x - 22} ${top}h44v24q40 20 40 ${h * 0.45}q0 ${h * 0.4}-40 ${h * 0.55 - 24}h-44q-40 ${-h * 0.15 + 24}-40 ${-h * 0.55 + 24}q0 ${-h * 0.45 + 20} 40 ${-h * 0.45 + 4}z`,
      pal.pot,
    );
    return out;
  },
  fruit(rng, pal, x, y) {
    const colors = [pal.accent, pal.leaf2, "#c9654f", "#d9a441"];
    let out = "";
    for (const [dx, dy, r] of [
      [-50, -60, 34],
      [15, -72, 38],
      [62, -56, 30],
      [-10, -40, 30],
    ] as const) {
      out += circle(x + dx, y + dy, r + rng.int(-3, 3), rng.pick(colors));
    }
    out += path(p`M${x - 120} ${y - 50}h240a120 60 0 0 1-240 0z`, pal.cup);
    out += path(p`M${x - 120} ${y - 50}h240`, "none", stroke(pal.cupShade, 6));
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// Sport: a football pitch in perspective, running lanes with hurdles, or a ski slope.

const SPORT_PALETTES = [
  {
    grass1: "#6f9a63",
    grass2: "#7ca86f",
    line: "#eef0e6",
    stand: "#4f5a66",
    track: "#b56f56",
    red: "#b8453c",
    blue: "#3f5f8f",
  },
  {
    grass1: "#5f8a5e",
    grass2: "#6c976a",
    line: "#f1efe6",
    stand: "#5b5650",
    track: "#a9644f",
    red: "#c0573d",
    blue: "#44628a",
  },
  {
    grass1: "#7f9f68",
    grass2: "#8bac74",
    line: "#f4f2ea",
    stand: "#3f4b5a",
    track: "#bc7a5c",
    red: "#a94a40",
    blue: "#4b6d8d",
  },
] as const;

type SportPalette = (typeof SPORT_PALETTES)[number];

function sport(rng: Rng): Scene {
  const time = rng.pick(TIMES);
  const sky = SKIES[time];
  const pal = tintAll(rng.pick(SPORT_PALETTES), sky.tint, sky.amount * 0.7);
  const kind = rng.pick(["pitch", "track", "ski"] as const);
  if (kind === "ski") return ski(rng, time, pal);
  const horizon = rng.int(200, 260);
  let out = rect(0, 0, W, H, "url(#s)");
  out += celestial(rng, time, rng.int(100, 1100), rng.int(50, 110), rng.int(26, 40), horizon - 100);

  // Stands with a roof and floodlights.
  const standTop = horizon - rng.int(70, 100);
  out += rect(0, standTop, W, horizon - standTop, pal.stand);
  out += path(
    p`M0 ${standTop + 20}H${W}M0 ${standTop + 42}H${W}`,
    "none",
    stroke("#ffffff", 3, { opacity: 0.15 }),
  );
  out += rect(0, standTop - 14, W, 14, mix(pal.stand, "#000000", 0.25));
  const lamp = Math.max(24, standTop - 150);
  for (const mx of [rng.int(60, 200), rng.int(1000, 1140)]) {
    out += path(p`M${mx} ${standTop - 14}V${lamp + 30}`, "none", stroke(pal.stand, 6));
    out += rect(mx - 26, lamp, 52, 32, pal.stand, { rx: 4 });
    const on = time === "night" || time === "dusk";
    out += rect(mx - 20, lamp + 6, 40, 20, on ? "#f6e7b6" : "#c9ced3");
    if (on) out += circle(mx, lamp + 16, 70, "#f6e7b6", { opacity: 0.18 });
  }

  const cx = 600 + rng.int(-120, 120);
  const farW = rng.int(260, 360);
  const nearW = rng.int(800, 1000);
  const xl = (t: number) => cx - farW - (nearW - farW) * t;
  const xr = (t: number) => cx + farW + (nearW - farW) * t;
  const yAt = (t: number) => horizon + (H - horizon) * t;
  out += rect(0, horizon, W, H - horizon, pal.grass1);

  if (kind === "pitch") {
    let stripes = "";
    const n = rng.int(6, 9);
    for (let i = 0; i < n; i += 2) {
      const t0 = (i / n) ** 1.4;
      const t1 = ((i + 1) / n) ** 1.4;
      stripes += p`M${xl(t0) - 200} ${yAt(t0)}H${xr(t0) + 200}L${xr(t1) + 200} ${yAt(t1)}H${xl(t1) - 200}Z`;
    }
    out += path(stripes, pal.grass2);
    const mid = 0.42;
    const penalty = 0.12;
    const lines =
      p`M${xl(1)} ${yAt(1)}L${xl(0)} ${yAt(0)}H${xr(0)}L${xr(1)} ${yAt(1)}` +
      p`M${xl(mid)} ${yAt(mid)}H${xr(mid)}` +
      p`M${cx - farW * 0.45} ${yAt(0)}L${cx - farW * 0.52} ${yAt(penalty)}H${cx + farW * 0.52}L${cx + farW * 0.45} ${yAt(0)}`;
    out += path(lines, "none", stroke(pal.line, 4, { "stroke-linejoin": "round" }));
    const cr = (xr(mid) - xl(mid)) * 0.13;
    out += ellipse(cx, yAt(mid), cr, cr * 0.3, "none", stroke(pal.line, 4));
    out += rect(cx - farW * 0.14, yAt(0) - 26, farW * 0.28, 26, "none", stroke(pal.line, 4));

    // Ball with a shadow.
    const bx = rng.int(160, 1040);
    const by = rng.int(520, 590);
    const br = rng.int(38, 56);
    out += ellipse(bx + br * 0.5, by + br * 0.9, br * 1.1, br * 0.25, "#000", { opacity: 0.18 });
    out += circle(bx, by, br, "#f6f5ef");
    const pent: number[] = [];
    for (let k = 0; k < 5; k++) {
      const a = -Math.PI / 2 + (k * 2 * Math.PI) / 5;
      pent.push(bx + Math.cos(a) * br * 0.36, by + Math.sin(a) * br * 0.36);
    }
    out += polygon(pent, "#3a3a3a");
    let seams = "";
    for (let k = 0; k + 1 < pent.length; k += 2) {
      const x = pent[k] ?? bx;
      const y = pent[k + 1] ?? by;
      seams += p`M${x} ${y}L${bx + (x - bx) * 2.6} ${by + (y - by) * 2.6}`;
    }
    out += group({ "clip-path": "url(#c)" }, path(seams, "none", stroke("#3a3a3a", 3)));
    return {
      defs:
        verticalGradient("s", sky.top, sky.bottom, 0, horizon) +
        tag("clipPath", { id: "c" }, circle(bx, by, br, "#000")),
      body: out,
    };
  }

  // Running track: converging lanes and hurdles.
  const lanes = rng.int(5, 8);
  out += path(p`M${xl(0)} ${yAt(0)}H${xr(0)}L${xr(1)} ${yAt(1)}H${xl(1)}Z`, pal.track);
  let laneLines = "";
  for (let i = 0; i <= lanes; i++) {
    const f = i / lanes;
    laneLines += p`M${xl(0) + (xr(0) - xl(0)) * f} ${yAt(0)}L${xl(1) + (xr(1) - xl(1)) * f} ${yAt(1)}`;
  }
  const finish = rng.range(0.25, 0.55);
  laneLines += p`M${xl(finish)} ${yAt(finish)}H${xr(finish)}`;
  out += path(laneLines, "none", stroke(pal.line, 3));
  // One or two rows of hurdles across all lanes.
  let hurdles = "";
  let posts = "";
  const rows = rng.chance(0.5)
    ? [rng.range(0.08, 0.2)]
    : [rng.range(0.06, 0.14), rng.range(0.3, 0.45)];
  for (const t of rows) {
    const w = (xr(t) - xl(t)) / lanes;
    const y = yAt(t);
    const h = 16 + 90 * t;
    for (let lane = 0; lane < lanes; lane++) {
      const x0 = xl(t) + w * lane;
      if (x0 + w < 0 || x0 > W) continue;
      posts += p`M${x0 + w * 0.14} ${y}v${-h}M${x0 + w * 0.86} ${y}v${-h}`;
      hurdles += p`M${x0 + w * 0.1} ${y - h}h${w * 0.8}v${3 + 14 * t}h${-w * 0.8}z`;
    }
  }
  out += path(posts, "none", stroke("#4a4a4a", 3));
  out += path(hurdles, "#f3f1ea");
  return { defs: verticalGradient("s", sky.top, sky.bottom, 0, horizon), body: out };
}

function ski(rng: Rng, time: TimeOfDay, pal: SportPalette): Scene {
  const sky = SKIES[time];
  const snow = mix("#f4f6f7", sky.tint, sky.amount * 0.8);
  const snowShade = mix("#cdd8e0", sky.tint, sky.amount * 0.8);
  let out = rect(0, 0, W, H, "url(#s)");
  out += celestial(rng, time, rng.int(100, 1100), rng.int(60, 140), rng.int(30, 46), 200);
  out += clouds(rng, time, rng.int(0, 2), 60, 170);

  // Two mountain ranges with snow caps.
  const rock = [mix("#8e9aa8", sky.tint, sky.amount), mix("#6d7a88", sky.tint, sky.amount)];
  for (let layer = 0; layer < 2; layer++) {
    const base = 420 + layer * 60;
    const pts: number[] = [-20, base];
    const caps: string[] = [];
    let x = -20;
    let prev: [number, number] = [-20, base];
    while (x < W + 20) {
      const peakX = x + rng.int(110, 220);
      const peakY = rng.int(150 + layer * 70, 260 + layer * 80);
      const valleyX = peakX + rng.int(110, 220);
      const valleyY = base - rng.int(40, 110);
      pts.push(peakX, peakY, valleyX, valleyY);
      const f = rng.range(0.22, 0.32);
      const lx = peakX + (prev[0] - peakX) * f;
      const ly = peakY + (prev[1] - peakY) * f;
      const rx = peakX + (valleyX - peakX) * f;
      const ry = peakY + (valleyY - peakY) * f;
      caps.push(
        p`M${peakX} ${peakY}L${rx} ${ry}L${(peakX + rx) / 2} ${ry - 12}L${peakX - 4} ${ry + 6}L${(peakX + lx) / 2} ${ly - 8}L${lx} ${ly}Z`,
      );
      prev = [valleyX, valleyY];
      x = valleyX;
    }
    pts.push(x, base, W + 20, H, -20, H);
    out += polygon(pts, rock[layer] ?? "#777777");
    out += path(caps.join(""), snow, { opacity: 0.9 });
  }

  // Foreground slope.
  const fromLeft = rng.chance(0.5);
  const y0 = rng.int(360, 430);
  const y1 = rng.int(560, 620);
  const slope = fromLeft
    ? p`M0 ${y0}C400 ${y0 - 10} 700 ${y1 - 120} ${W} ${y1}V${H}H0Z`
    : p`M${W} ${y0}C800 ${y0 - 10} 500 ${y1 - 120} 0 ${y1}V${H}H${W}Z`;
  out += path(slope, snow);

  // Forest along the slope edge.
  let firs = "";
  for (let i = 0; i < rng.int(6, 12); i++) {
    const t = rng.range(0.05, 0.95);
    const fx = fromLeft ? t * W : W - t * W;
    const edge = y0 + (y1 - y0) * (t * t * (3 - 2 * t));
    firs += firData(fx, edge + rng.int(-4, 6), rng.int(50, 110));
  }
  out += path(firs, mix("#3f5e4c", sky.tint, sky.amount));

  // Ski track and slalom gates.
  const sx = rng.int(350, 850);
  const amp = rng.int(60, 120);
  out += path(
    p`M${sx} ${y0 + 40}c${amp} 40 ${amp} 80 0 110s${-amp} 90 ${amp * 0.3} 150s${amp} 60 ${amp * 0.6} 120`,
    "none",
    stroke(snowShade, 6, { "stroke-linecap": "round" }),
  );
  let poles = "";
  const gates: string[] = [];
  [0, 1, 2, 3].forEach((i) => {
    const gx = sx + (i % 2 ? -amp * 0.8 : amp * 0.8) + i * 12;
    const gy = y0 + 90 + i * 60;
    const h = 40 + i * 14;
    poles += p`M${gx} ${gy}v${-h}`;
    gates.push(
      path(
        p`M${gx} ${gy - h}l${h * 0.5} ${h * 0.15}l${-h * 0.5} ${h * 0.25}z`,
        i % 2 ? pal.blue : pal.red,
      ),
    );
  });
  out += path(poles, "none", stroke("#4a4a4a", 3)) + gates.join("");
  return { defs: verticalGradient("s", sky.top, sky.bottom, 0, 480), body: out };
}

// ---------------------------------------------------------------------------------------------
// Kolumne: an abstract portrait silhouette with speech marks or a speech bubble.

const KOLUMNE_PALETTES = [
  {
    bg: "#ebe3d6",
    bg2: "#dccdb6",
    disc: "#c9a77c",
    figure: "#3d4a56",
    hair: "#27313a",
    accent: "#b5533c",
    soft: "#f5efe5",
  },
  {
    bg: "#dfe7e9",
    bg2: "#c7d5d9",
    disc: "#8fb0b9",
    figure: "#2f3b45",
    hair: "#1d252c",
    accent: "#d08b4a",
    soft: "#f1f5f5",
  },
  {
    bg: "#f0e4dd",
    bg2: "#e2cdc2",
    disc: "#d9a898",
    figure: "#4a3f4f",
    hair: "#302833",
    accent: "#5b7d8f",
    soft: "#faf3ee",
  },
  {
    bg: "#2f3a45",
    bg2: "#26303a",
    disc: "#4c5c6b",
    figure: "#e3d8c6",
    hair: "#bfae93",
    accent: "#d9a35b",
    soft: "#3b4855",
  },
] as const;

function kolumne(rng: Rng): Scene {
  const pal = rng.pick(KOLUMNE_PALETTES);
  const onLeft = rng.chance(0.5);
  const fx = onLeft ? rng.int(300, 420) : rng.int(780, 900);
  const headY = rng.int(270, 310);
  const headR = rng.int(88, 104);

  let out = rect(0, 0, W, H, pal.bg);
  const split = rng.int(-200, 200);
  out += polygon(
    onLeft
      ? [W, 0, W, H, 700 + split, H, 900 + split, 0]
      : [0, 0, 300 + split, 0, 500 + split, H, 0, H],
    pal.bg2,
  );

  // Decorative dots grid and rings.
  let dots = "";
  const gx = onLeft ? rng.int(820, 960) : rng.int(80, 200);
  const gy = rng.int(420, 520);
  for (let r = 0; r < 4; r++)
    for (let c = 0; c < 6; c++) dots += p`M${gx + c * 26} ${gy + r * 26}h6v6h-6z`;
  out += path(dots, pal.accent, { opacity: 0.5 });

  out += circle(fx + rng.int(-60, 60), headY + rng.int(-20, 30), rng.int(200, 250), pal.disc);
  if (rng.chance(0.5))
    out += circle(
      fx + rng.int(-200, 200),
      rng.int(80, 200),
      rng.int(30, 60),
      "none",
      stroke(pal.accent, 6),
    );

  // Figure: shoulders, neck, head, hair variant, optional glasses.
  const sw = rng.int(220, 270);
  const shoulderTop = headY + headR + rng.int(50, 70);
  out += path(
    p`M${fx - sw} ${H}C${fx - sw} ${shoulderTop + 40} ${fx - sw * 0.6} ${shoulderTop} ${fx} ${shoulderTop}C${fx + sw * 0.6} ${shoulderTop} ${fx + sw} ${shoulderTop + 40} ${fx + sw} ${H}Z`,
    pal.figure,
  );
  out += rect(fx - headR * 0.42, headY, headR * 0.84, shoulderTop - headY + 10, pal.figure);
  if (rng.chance(0.5)) {
    out += polygon(
      [fx - 46, shoulderTop + 2, fx, shoulderTop + 80, fx + 46, shoulderTop + 2],
      pal.soft,
      { opacity: 0.9 },
    );
  }
  out += ellipse(fx, headY, headR * 0.86, headR, pal.figure);
  const hair = rng.pick(["short", "long", "bun", "none"] as const);
  if (hair === "short") {
    out += path(
      p`M${fx - headR * 0.9} ${headY}A${headR * 0.9} ${headR * 1.05} 0 0 1 ${fx + headR * 0.9} ${headY - 6}Q${fx + 10} ${headY - headR * 0.75} ${fx - headR * 0.9} ${headY}Z`,
      pal.hair,
    );
  } else if (hair === "long") {
    out += path(
      p`M${fx - headR * 0.95} ${headY + headR * 1.5}V${headY - 10}A${headR * 0.95} ${headR * 1.1} 0 0 1 ${fx + headR * 0.95} ${headY - 10}V${headY + headR * 1.5}H${fx + headR * 0.55}V${headY}Q${fx} ${headY - headR * 0.8} ${fx - headR * 0.55} ${headY}V${headY + headR * 1.5}Z`,
      pal.hair,
    );
  } else if (hair === "bun") {
    out += circle(fx, headY - headR * 1.05, headR * 0.4, pal.hair);
    out += path(
      p`M${fx - headR * 0.86} ${headY - 8}A${headR * 0.86} ${headR} 0 0 1 ${fx + headR * 0.86} ${headY - 8}Q${fx} ${headY - headR * 0.6} ${fx - headR * 0.86} ${headY - 8}Z`,
      pal.hair,
    );
  }
  if (rng.chance(0.45)) {
    const gy2 = headY + headR * 0.1;
    const gr = headR * 0.26;
    out += path(
      p`M${fx - gr * 2.3} ${gy2}a${gr} ${gr} 0 1 0 ${gr * 2} 0a${gr} ${gr} 0 1 0 ${-gr * 2} 0M${fx + gr * 0.3} ${gy2}a${gr} ${gr} 0 1 0 ${gr * 2} 0a${gr} ${gr} 0 1 0 ${-gr * 2} 0M${fx - gr * 0.3} ${gy2}h${gr * 0.6}`,
      "none",
      stroke(pal.accent, 5),
    );
  }

  // Speech marks ("66"-shaped opening quotes) or a speech bubble with lines.
  const qx = onLeft ? rng.int(720, 860) : rng.int(240, 380);
  const qy = rng.int(170, 260);
  if (rng.chance(0.6)) {
    const r = rng.int(30, 44);
    let marks = "";
    let tails = "";
    for (const dx of [0, r * 2.6]) {
      const x = qx + dx;
      marks += p`M${x - r} ${qy}a${r} ${r} 0 1 0 ${r * 2} 0a${r} ${r} 0 1 0 ${-r * 2} 0`;
      tails += p`M${x - r * 0.72} ${qy - r * 0.1}Q${x - r * 0.9} ${qy - r * 2.1} ${x + r * 0.7} ${qy - r * 2.7}`;
    }
    out +=
      path(marks, pal.accent) +
      path(tails, "none", stroke(pal.accent, r * 0.62, { "stroke-linecap": "round" }));
    let lines = "";
    for (let i = 0; i < 3; i++)
      lines += p`M${qx - r} ${qy + r * 2.4 + i * 34}h${rng.int(160, 280) - i * 30}`;
    out += path(
      lines,
      "none",
      stroke(pal.figure, 12, { "stroke-linecap": "round", opacity: 0.35 }),
    );
  } else {
    const bw = rng.int(300, 360);
    const bh = rng.int(170, 210);
    const bx = qx - bw / 2 + (onLeft ? 60 : -60);
    const tailX = onLeft ? bx + 40 : bx + bw - 40;
    const tailTip = onLeft ? bx - 50 : bx + bw + 50;
    out += rect(bx, qy - bh / 2, bw, bh, pal.soft, { rx: 28 });
    out += polygon(
      [tailX - 24, qy + bh / 2 - 2, tailX + 24, qy + bh / 2 - 2, tailTip, qy + bh / 2 + 60],
      pal.soft,
    );
    let lines = "";
    for (let i = 0; i < 3; i++)
      lines += p`M${bx + 44} ${qy - bh / 2 + 52 + i * 40}h${bw - 88 - (i === 2 ? rng.int(40, 110) : 0)}`;
    out += path(lines, "none", stroke(pal.accent, 14, { "stroke-linecap": "round" }));
  }

  return { defs: "", body: out };
}

const SCENES: Record<LeadImageRessort, (rng: Rng) => Scene> = {
  politik,
  news,
  economy,
  lifestyle,
  sport,
  kolumne,
};
