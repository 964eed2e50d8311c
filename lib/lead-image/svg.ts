// SVG building blocks: the document, number formatting, tiny element builders, colour mixing.

import { LEAD_IMAGE_HEIGHT, LEAD_IMAGE_WIDTH } from "./size";

export const W = LEAD_IMAGE_WIDTH;
export const H = LEAD_IMAGE_HEIGHT;

export interface Scene {
  defs: string;
  body: string;
}

export function svgDocument(label: string, scene: Scene): string {
  const defs = scene.defs ? `<defs>${scene.defs}</defs>` : "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}"` +
    ` role="img" aria-label="${label}">${defs}${scene.body}</svg>`
  );
}

/** Number with at most one decimal, without "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? "0" : String(rounded);
}

/** Tagged template for path data: every interpolated number is rounded by num(). */
export function p(strings: TemplateStringsArray, ...values: number[]): string {
  let out = "";
  strings.forEach((chunk, i) => {
    const value = values[i];
    out += chunk + (value === undefined ? "" : num(value));
  });
  return out;
}

type Attrs = Record<string, string | number | undefined>;

export function tag(name: string, attrs: Attrs, children?: string): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${key}="${typeof value === "number" ? num(value) : value}"`;
  }
  return children === undefined ? `${out}/>` : `${out}>${children}</${name}>`;
}

export function rect(
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string,
  extra: Attrs = {},
): string {
  return tag("rect", { x, y, width: w, height: h, fill, ...extra });
}

/** Fill undefined: inherit it from the enclosing group. */
export function circle(
  cx: number,
  cy: number,
  r: number,
  fill: string | undefined,
  extra: Attrs = {},
): string {
  return tag("circle", { cx, cy, r, fill, ...extra });
}

export function ellipse(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string | undefined,
  extra: Attrs = {},
): string {
  return tag("ellipse", { cx, cy, rx, ry, fill, ...extra });
}

export function path(d: string, fill: string, extra: Attrs = {}): string {
  return tag("path", { d, fill, ...extra });
}

export function polygon(points: number[], fill: string, extra: Attrs = {}): string {
  return tag("polygon", { points: points.map(num).join(" "), fill, ...extra });
}

export function group(attrs: Attrs, children: string): string {
  return tag("g", attrs, children);
}

export function stroke(color: string, width: number, extra: Attrs = {}): Attrs {
  return { stroke: color, "stroke-width": width, ...extra };
}

export function verticalGradient(
  id: string,
  top: string,
  bottom: string,
  y1: number,
  y2: number,
): string {
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
export function mix(a: string, b: string, t: number): string {
  const ca = hexToRgb(a);
  const cb = hexToRgb(b);
  const out = ca.map((c, i) => Math.round(c + ((cb[i] ?? c) - c) * t));
  return `#${out.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

export function tintAll<T extends Record<string, string>>(
  palette: T,
  toward: string,
  t: number,
): T {
  if (t === 0) return palette;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(palette)) out[key] = mix(value, toward, t);
  return out as T;
}

/** Closed smooth path through points (quadratic curves via edge midpoints). */
export function smoothClosed(pts: readonly [number, number][]): string {
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
