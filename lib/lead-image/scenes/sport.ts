import { type Rng } from "../random";
import {
  circle,
  ellipse,
  group,
  H,
  mix,
  p,
  path,
  polygon,
  rect,
  type Scene,
  stroke,
  tag,
  tintAll,
  verticalGradient,
  W,
} from "../svg";
import { celestial, clouds, firData, SKIES, type TimeOfDay, TIMES } from "../scenery";

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

export function sport(rng: Rng): Scene {
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
