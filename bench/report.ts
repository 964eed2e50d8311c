// The terminal table and the JSON file of a bench run.
import fs from "node:fs";
import path from "node:path";
import { formatBytes, formatMs, formatNumber } from "./stats";
import type { BenchResult } from "./types";

/** A plain text table; numbers (and ✓/✗ columns) right-aligned. */
export function textTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const widths = header.map((h, i) =>
    Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? "")].length)),
  );
  const pad = (cell: string, i: number) => {
    const fill = " ".repeat(Math.max(0, (widths[i] ?? 0) - [...cell].length));
    return right.includes(i) ? fill + cell : cell + fill;
  };
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, i))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const MARK = { pass: "✓", fail: "✗", skip: "–" } as const;

export function renderReport(r: BenchResult): string {
  const out: string[] = [];
  out.push(
    `Kiosk bench — ${r.startedAt} — ${formatNumber(r.options.articles)} articles — ${r.tool}, ${r.options.connections} connections × ${r.options.seconds} s per load scenario — ${r.machine.cpus} cores, Node ${r.machine.node}, Next ${r.machine.next}`,
  );
  if (r.options.serverNodeArgs.length > 0) {
    out.push(`Server node flags: ${r.options.serverNodeArgs.join(" ")}`);
  }
  const { loadAverage, cpus } = r.machine;
  out.push(
    `Load average (1 min): ${loadAverage.start.toFixed(1)} at the start, up to ${loadAverage.max.toFixed(1)} during the run` +
      (loadAverage.max > cpus
        ? ` — more than the ${cpus} cores: other work shared the machine, so rates and latencies are pessimistic`
        : ""),
  );
  out.push("");
  out.push(
    textTable(
      ["#", "scenario", "conns", "req/s", "p50", "p99", "non-2xx", "size", "RSS", "note"],
      r.scenarios.map((s) => [
        s.id,
        s.name,
        String(s.connections),
        formatNumber(s.rps, s.rps < 100 ? 1 : 0),
        formatMs(s.p50),
        formatMs(s.p99),
        String(s.non2xx + s.errors),
        s.bytes === undefined ? "" : formatBytes(s.bytes),
        s.rssBytes ? `${formatNumber(s.rssBytes / 2 ** 20)} MB` : "",
        s.note ?? "",
      ]),
      [2, 3, 4, 5, 6, 7, 8],
    ),
  );
  out.push("");
  const floor = r.floor?.page;
  out.push(
    textTable(
      [
        "page",
        "path",
        "HTML",
        "HTML gzip",
        "JS gzip",
        "JS files",
        "above floor",
        "client components (app)",
      ],
      [
        ...r.pages.map((p) => [
          p.name,
          p.path.length > 40 ? `${p.path.slice(0, 39)}…` : p.path,
          formatBytes(p.htmlBytes),
          formatBytes(p.htmlGzip),
          formatBytes(p.jsGzip),
          String(p.scripts.length),
          floor ? formatBytes(p.jsGzip - floor.jsGzip) : "–",
          p.appClientComponents.length === 0 ? "none" : p.appClientComponents.join(", "),
        ]),
        ...(floor
          ? [
              [
                "Next floor",
                "(empty App Router page)",
                formatBytes(floor.htmlBytes),
                formatBytes(floor.htmlGzip),
                formatBytes(floor.jsGzip),
                String(floor.scripts.length),
                "0 B",
                "none",
              ],
            ]
          : []),
      ],
      [2, 3, 4, 5, 6],
    ),
  );
  out.push("");
  const miss = [r.cacheMiss.large, r.cacheMiss.small].filter((m) => m !== null);
  if (miss.length > 0) {
    out.push(
      textTable(
        [
          "cache miss (sequential, never-requested articles)",
          "requests",
          "p50",
          "p99",
          "max",
          "MISS header",
          "server peak RSS",
        ],
        miss.map((m) => [
          `${formatNumber(m.articles)} articles`,
          String(m.requests),
          formatMs(m.latency.p50),
          formatMs(m.latency.p99),
          formatMs(m.latency.max),
          `${m.reportedMisses}/${m.requests}`,
          `${formatNumber(m.peakRssBytes / 2 ** 20)} MB`,
        ]),
        [1, 2, 3, 4, 5, 6],
      ),
    );
    out.push("");
  }
  out.push(
    `Server peak RSS over the whole run: ${formatNumber(r.memory.peakRssBytes / 2 ** 20)} MB (sampled every 200 ms; kernel VmHWM ${formatNumber(r.memory.highWaterMarkBytes / 2 ** 20)} MB)`,
  );
  if (r.comments)
    out.push(`Comments: ${r.comments.stored}/${r.comments.sent} stored; ${r.comments.note}`);
  if (r.nginx.skipped) out.push(`nginx: skipped (${r.nginx.skipped})`);
  if (r.nginx.freshness?.note) out.push(`nginx freshness: ${r.nginx.freshness.note}`);
  out.push("");
  out.push(
    textTable(
      ["", "budget", "measured", "limit"],
      r.budgets.map((b) => [MARK[b.verdict], b.name, b.measured, b.limit]),
    ),
  );
  out.push("");
  out.push(`Took ${formatNumber(r.seconds)} s. ✓ holds, ✗ missed, – not measured in this run.`);
  return out.join("\n");
}

export function writeJson(result: BenchResult, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}
