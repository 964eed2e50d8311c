import { type Rng } from "../random";
import { circle, ellipse, H, p, path, polygon, rect, type Scene, stroke, W } from "../svg";

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

export function kolumne(rng: Rng): Scene {
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
