import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { judgeBudgets } from "./budgets";
import { clientAddressFor, commentFormOf } from "./comments";
import { clientModuleIds, flightData } from "./client-js";
import { combineLoads, parseWrkOutput, wrkScript, type LoadResult } from "./load";
import { renderDeployConf, sMaxAge } from "./nginx";
import { textTable } from "./report";
import {
  combineVerdicts,
  percentile,
  ratio,
  requestsPerSecond,
  sample,
  seededRandom,
  summarize,
  verdict,
} from "./stats";
import type { BenchResult, ScenarioRow } from "./types";

describe("percentile (nearest rank)", () => {
  it("picks measured values", () => {
    const xs = [5, 1, 4, 2, 3];
    expect(percentile(xs, 50)).toBe(3);
    expect(percentile(xs, 100)).toBe(5);
    expect(percentile(xs, 1)).toBe(1);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });
  it("p99 of 1..100 is 99, of 1..1000 is 990", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 99)).toBe(99);
    expect(
      percentile(
        Array.from({ length: 1000 }, (_, i) => i + 1),
        99,
      ),
    ).toBe(990);
  });
  it("does not reorder the input and handles the empty case", () => {
    const xs = [3, 1, 2];
    percentile(xs, 50);
    expect(xs).toEqual([3, 1, 2]);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(xs, 0)).toThrow(RangeError);
  });
  it("summarize", () => {
    expect(summarize([10, 20, 30, 40])).toEqual({ count: 4, p50: 20, p99: 40, mean: 25, max: 40 });
    expect(summarize([]).count).toBe(0);
  });
});

describe("ratios and verdicts", () => {
  it("ratio refuses missing or zero denominators", () => {
    expect(ratio(800, 1000)).toBe(0.8);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(undefined, 3)).toBeNaN();
    expect(ratio(Number.NaN, 3)).toBeNaN();
  });
  it("requests per second", () => {
    expect(requestsPerSecond(500, 2000)).toBe(250);
    expect(requestsPerSecond(5, 0)).toBeNaN();
  });
  it("budget edges", () => {
    expect(verdict(0.8, ">=", 0.8)).toBe("pass");
    expect(verdict(0.79, ">=", 0.8)).toBe("fail");
    expect(verdict(30, "<", 30)).toBe("fail");
    expect(verdict(29.9, "<", 30)).toBe("pass");
    expect(verdict(Number.NaN, "<", 30)).toBe("skip");
    expect(verdict(undefined, "<", 30)).toBe("skip");
    expect(verdict(true, "==", true)).toBe("pass");
    expect(verdict(false, "==", true)).toBe("fail");
  });
  it("combined verdict", () => {
    expect(combineVerdicts(["pass", "fail", "skip"])).toBe("fail");
    expect(combineVerdicts(["pass", "pass"])).toBe("pass");
    expect(combineVerdicts(["skip"])).toBe("skip");
  });
});

describe("sampling", () => {
  it("is deterministic and draws distinct items", () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const a = sample(items, 10, seededRandom(7));
    expect(sample(items, 10, seededRandom(7))).toEqual(a);
    expect(new Set(a).size).toBe(10);
    expect(sample(items.slice(0, 3), 10, seededRandom(7))).toHaveLength(3);
  });
  it("distinct client addresses from 198.18.0.0/15", () => {
    const addresses = new Set(Array.from({ length: 1000 }, (_, i) => clientAddressFor(i)));
    expect(addresses.size).toBe(1000);
    expect(clientAddressFor(65_536)).toBe("198.19.0.0");
  });
});

describe("load tool plumbing", () => {
  it("parses the wrk script's result line", () => {
    const out =
      'Running 10s test\nWRK_JSON {"requests":1000,"duration_us":2000000,"p50_us":1500,"p99_us":9000,"non2xx":3,"errors":0}\n';
    expect(parseWrkOutput(out)).toMatchObject({ requests: 1000, p50_us: 1500, non2xx: 3 });
    expect(() => parseWrkOutput("nothing")).toThrow();
  });
  it("adds up A-B-B-A runs: rate over the measured time, mean p50, worst p99", () => {
    const run = (requests: number, rps: number, p50: number, p99: number): LoadResult => ({
      tool: "wrk",
      connections: 16,
      seconds: 10,
      requests,
      rps,
      p50,
      p99,
      non2xx: 1,
      errors: 0,
    });
    const both = combineLoads([run(1000, 100, 10, 50), run(3000, 300, 20, 40)]);
    expect(both.requests).toBe(4000);
    expect(both.rps).toBe(200);
    expect(both.p50).toBe(15);
    expect(both.p99).toBe(50);
    expect(both.non2xx).toBe(2);
    expect(() => combineLoads([])).toThrow();
  });
  it("writes only plain ASCII paths into the wrk script", () => {
    expect(wrkScript(["/a", "/suche?q=%C3%A4"])).toContain('"/suche?q=%C3%A4"');
    expect(() => wrkScript(["/ä"])).toThrow();
  });
});

describe("nginx", () => {
  const source = fs.readFileSync(
    path.join(import.meta.dirname, "..", "deploy", "nginx.conf"),
    "utf8",
  );
  it("renders deploy/nginx.conf with the bench's ports and cache folder", () => {
    const conf = renderDeployConf(source, {
      listenPort: 3410,
      upstreamPort: 3400,
      cacheDir: "/tmp/x",
    });
    expect(conf).toContain("listen 127.0.0.1:3410;");
    expect(conf).toContain("server 127.0.0.1:3400;");
    expect(conf).toContain("proxy_cache_path /tmp/x ");
    expect(conf).not.toContain("listen [::]:80;");
    expect(conf).toContain("proxy_cache_use_stale updating");
    expect(conf).toContain("$proxy_add_x_forwarded_for");
  });
  it("refuses a file whose shape changed", () => {
    expect(() =>
      renderDeployConf(source.replace("listen 80;", "listen 8080;"), {
        listenPort: 1,
        upstreamPort: 2,
        cacheDir: "/c",
      }),
    ).toThrow(/listen 80/);
  });
  it("reads s-maxage", () => {
    expect(sMaxAge("s-maxage=60, stale-while-revalidate=300")).toBe(60);
    expect(sMaxAge("public, max-age=10")).toBeNull();
  });
});

describe("page parsing", () => {
  it("takes the comment form's server action fields, and refuses a form without an action", () => {
    const form = (hidden: string) =>
      '<form class="comment-form" id="kommentar-formular" action="/politik/a#kommentar-formular" method="POST">' +
      `${hidden}<input type="hidden" name="articleId" value="7"/><input name="name"/></form>`;
    const withAction = form(
      '<input type="hidden" name="$ACTION_REF_1"/>' +
        '<input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;abc123&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/>' +
        '<input type="hidden" name="$ACTION_KEY" value="k1"/>',
    );
    const parsed = commentFormOf(withAction);
    expect(parsed.actionId).toBe("abc123");
    expect(parsed.action).toBe("/politik/a");
    expect(Object.keys(parsed.hidden)).toEqual([
      "$ACTION_REF_1",
      "$ACTION_1:0",
      "$ACTION_KEY",
      "articleId",
    ]);
    expect(() => commentFormOf(form(""))).toThrow(/no server action id/);
    expect(() => commentFormOf("<p>Die Diskussion ist geschlossen.</p>")).toThrow();
  });
  it("reads client references from the inline RSC payload", () => {
    const html = `<script>self.__next_f.push([1,"3:I[39756,[],\\"default\\"]\\n"])</script><script>self.__next_f.push([1,"27:I[60705,[],\\"CommentForm\\"]\\n4:[\\"$\\",\\"p\\"]\\n"])</script>`;
    expect(clientModuleIds(flightData(html))).toEqual(["39756", "60705"]);
  });
});

describe("budgets", () => {
  const scenario = (id: string, rps: number): ScenarioRow => ({
    id,
    name: id,
    path: "/",
    tool: "wrk",
    connections: 16,
    requests: 100,
    rps,
    p50: 1,
    p99: 2,
    non2xx: 0,
    errors: 0,
  });
  const base: Omit<BenchResult, "budgets"> = {
    startedAt: "",
    finishedAt: "",
    seconds: 1,
    machine: {
      cpus: 2,
      node: "20",
      next: "16",
      platform: "linux",
      loadAverage: { start: 0, max: 0 },
    },
    options: {
      articles: 50_000,
      smallArticles: 1_000,
      connections: 16,
      seconds: 10,
      serverNodeArgs: [],
    },
    tool: "wrk",
    scenarios: [
      scenario("1a", 900),
      scenario("5", 1000),
      scenario("6a", 7000),
      scenario("6b", 10_000),
    ],
    cacheMiss: {
      large: {
        articles: 50_000,
        requests: 10,
        reportedMisses: 10,
        non2xx: 0,
        latency: summarize([20, 25, 28]),
        peakRssBytes: 0,
      },
      small: {
        articles: 1_000,
        requests: 10,
        reportedMisses: 10,
        non2xx: 0,
        latency: summarize([20, 20, 20]),
        peakRssBytes: 0,
      },
    },
    searchLatency: summarize([10, 30, 40]),
    worstSearch: null,
    comments: null,
    pages: [],
    floor: null,
    nginx: { skipped: null, statuses: ["200 MISS", "200 HIT", "200 HIT"], freshness: null },
    memory: { peakRssBytes: 300 * 2 ** 20, highWaterMarkBytes: 310 * 2 ** 20 },
  };
  const byName = (budgets: ReturnType<typeof judgeBudgets>, start: string) =>
    budgets.find((b) => b.name.startsWith(start));

  it("judges each budget from the measured figures", () => {
    const budgets = judgeBudgets(base);
    expect(byName(budgets, "cached article ÷")?.verdict).toBe("pass");
    expect(byName(budgets, "cached article ÷")?.measured).toMatch(/^90 %/);
    expect(byName(budgets, "nginx proxy ÷")?.verdict).toBe("fail");
    expect(byName(budgets, "nginx: cache hits")?.verdict).toBe("pass");
    expect(byName(budgets, "nginx: approved comment")?.verdict).toBe("skip");
    expect(byName(budgets, "cache miss p50 at")?.verdict).toBe("pass");
    // 25 / 20 = 1.25 < 1.5
    expect(byName(budgets, "cache miss p50 ratio")?.verdict).toBe("pass");
    expect(byName(budgets, "search p50")?.verdict).toBe("fail");
    expect(byName(budgets, "server peak RSS")?.verdict).toBe("pass");
    expect(byName(budgets, "client JS")?.verdict).toBe("skip");
  });
  it("judges the worst-case search and the cached page beside it (issue 10)", () => {
    const run = {
      queries: 3,
      latency: summarize([20, 40, 90]),
      non200: 0,
      cachedPath: "/politik",
      cachedAlone: summarize([1, 2, 3]),
      during: [
        { connections: 1, cached: summarize([2, 3, 7]), searches: 50 },
        { connections: 4, cached: summarize([2, 3, 70]), searches: 90 },
      ],
    };
    expect(byName(judgeBudgets(base), "worst-case search p99")?.verdict).toBe("skip");
    let budgets = judgeBudgets({ ...base, worstSearch: run });
    expect(byName(budgets, "worst-case search p99")?.verdict).toBe("pass");
    expect(byName(budgets, "cached page p99 while")?.verdict).toBe("pass");
    expect(byName(budgets, "cached page p99 while")?.measured).toMatch(/^4\.00 ms/);
    budgets = judgeBudgets({
      ...base,
      worstSearch: {
        ...run,
        non200: 1,
        during: [{ connections: 1, cached: summarize([2, 3, 30]), searches: 50 }],
      },
    });
    expect(byName(budgets, "worst-case search p99")?.verdict).toBe("fail");
    expect(byName(budgets, "cached page p99 while")?.verdict).toBe("fail");
  });
  it("a missing nginx run is a skip, never a pass", () => {
    const budgets = judgeBudgets({
      ...base,
      scenarios: base.scenarios.filter((s) => !s.id.startsWith("6")),
      nginx: { skipped: "not installed", statuses: [], freshness: null },
    });
    expect(byName(budgets, "nginx proxy ÷")?.verdict).toBe("skip");
    expect(byName(budgets, "nginx: cache hits")?.verdict).toBe("skip");
  });
});

describe("table", () => {
  it("aligns columns, numbers to the right", () => {
    const t = textTable(
      ["a", "n"],
      [
        ["x", "1"],
        ["yy", "100"],
      ],
      [1],
    );
    expect(t.split("\n")).toEqual(["a     n", "──  ───", "x     1", "yy  100"]);
  });
});
