import { type Rng } from "../random";
import {
  circle,
  H,
  mix,
  p,
  path,
  polygon,
  rect,
  type Scene,
  stroke,
  tintAll,
  verticalGradient,
  W,
} from "../svg";
import { celestial, clouds, firData, roundTree, SKIES, TIMES } from "../scenery";

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

export function politik(rng: Rng): Scene {
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
