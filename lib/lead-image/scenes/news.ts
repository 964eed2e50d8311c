import { type Rng } from "../random";
import {
  circle,
  ellipse,
  group,
  H,
  p,
  path,
  polygon,
  rect,
  type Scene,
  smoothClosed,
  stroke,
  tag,
  tintAll,
  verticalGradient,
  W,
} from "../svg";
import { celestial, clouds, SKIES, TIMES } from "../scenery";

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

export function news(rng: Rng): Scene {
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
