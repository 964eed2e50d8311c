import { type Rng } from "./random";
import { circle, ellipse, group, p, path, rect, W } from "./svg";

// Shared scenery: skies, sun and moon, clouds, trees.

export type TimeOfDay = "day" | "dawn" | "dusk" | "night";

interface Sky {
  top: string;
  bottom: string;
  sun: string;
  cloud: string;
  /** Colour the landscape is tinted toward, and by how much. */
  tint: string;
  amount: number;
}

export const SKIES: Record<TimeOfDay, Sky> = {
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

export const TIMES: readonly TimeOfDay[] = ["day", "day", "day", "dawn", "dusk", "night"];

/** Sun (with halo) by day, moon and a sprinkle of stars by night. Expects gradient "s" = sky. */
export function celestial(
  rng: Rng,
  time: TimeOfDay,
  x: number,
  y: number,
  r: number,
  yMax: number,
) {
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

export function clouds(
  rng: Rng,
  time: TimeOfDay,
  count: number,
  yMin: number,
  yMax: number,
): string {
  if (time === "night") return "";
  let out = "";
  for (let i = 0; i < count; i++) {
    out += cloud(rng.int(80, W - 80), rng.int(yMin, yMax), rng.range(0.7, 1.5), SKIES[time].cloud);
  }
  return out;
}

export function roundTree(
  x: number,
  ground: number,
  h: number,
  crown: string,
  trunk: string,
): string {
  return (
    rect(x - 5, ground - h * 0.4, 10, h * 0.4, trunk) +
    ellipse(x, ground - h * 0.62, h * 0.28, h * 0.38, crown)
  );
}

/** Path data for a conifer (triangle) standing at (x, ground). */
export function firData(x: number, ground: number, h: number): string {
  const w = h * 0.42;
  return p`M${x - w} ${ground}L${x} ${ground - h}L${x + w} ${ground}Z`;
}
