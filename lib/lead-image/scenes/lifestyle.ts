import { type Rng } from "../random";
import {
  circle,
  ellipse,
  group,
  H,
  p,
  path,
  rect,
  type Scene,
  stroke,
  verticalGradient,
  W,
} from "../svg";

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

export function lifestyle(rng: Rng): Scene {
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
