import { type Rng } from "../random";
import {
  circle,
  ellipse,
  H,
  num,
  p,
  path,
  polygon,
  rect,
  type Scene,
  stroke,
  tag,
  verticalGradient,
  W,
} from "../svg";

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

export function economy(rng: Rng): Scene {
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
