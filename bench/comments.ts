// Comment submissions through the real server action, the way browsers send them:
//  - without JavaScript: the form's multipart POST with React's hidden $ACTION_* fields, answered
//    with the whole article page;
//  - with JavaScript: the same fields prefixed "_1_", a Next-Action header and the
//    useActionState arguments, answered with a small RSC payload.
// Every request comes from its own client: the bench server runs with TRUST_PROXY=1 and each
// request carries its own X-Forwarded-For address from 198.18.0.0/15 (RFC 2544, benchmarking),
// so the per-client rate limit (1 per 15 s, 10 per hour) never applies.
import Database from "better-sqlite3";
import { multipart, readForm, runConcurrently, type HtmlForm } from "@/lib/testing/http";
import { get, request } from "./http";
import { BENCH_MIN_FILL_MS } from "./server";
import { summarize, type LatencySummary } from "./stats";
import type { ArticleRef } from "./fixtures";

export const BENCH_USER_AGENT = "kiosk-bench/1 (comment scenario)";
/** Tokens are used this long after they were issued: the servers' minimum fill time, plus a margin. */
export const TOKEN_WAIT_MS = BENCH_MIN_FILL_MS + 300;

export type SubmitMode = "no-js" | "js";

export interface CommentRun {
  mode: SubmitMode;
  concurrency: number;
  sent: number;
  /** Answered 200 with the success message. */
  succeeded: number;
  non2xx: number;
  rps: number;
  latency: LatencySummary;
}

export interface CommentResult {
  runs: CommentRun[];
  /** Rows with the bench's user agent added to the comments table during the scenario. */
  stored: number;
  sent: number;
  note: string;
}

interface FormTemplate {
  article: ArticleRef;
  /** The no-JS form as React rendered it: where it posts, its hidden fields, the action's id. */
  form: HtmlForm & { actionId: string };
}

/** The comment form of an article page; throws when the page has none (comments closed). */
export function commentFormOf(html: string): FormTemplate["form"] {
  const form = readForm(html, 'id="kommentar-formular"');
  if (!form.actionId) throw new Error("the comment form carries no server action id");
  return { ...form, actionId: form.actionId };
}

/** The router state an article page sends with a server action (as Chromium sends it). */
function routerStateTree(articlePath: string): string {
  const [, ressort = "", slug = ""] = articlePath.split("/");
  const tree = [
    "",
    {
      children: [
        "(site)",
        {
          children: [
            ["ressort", ressort, "d", null],
            {
              children: [
                ["slug", slug, "d", null],
                { children: ["__PAGE__", {}, null, null, 1024] },
                null,
                null,
                1024,
              ],
            },
            null,
            null,
            1024,
          ],
        },
        null,
        null,
        1024,
      ],
    },
    null,
    null,
    1040,
  ];
  return encodeURIComponent(JSON.stringify(tree));
}

/** A distinct client address per request, from the benchmarking range 198.18.0.0/15. */
export function clientAddressFor(n: number): string {
  const x = n % (2 * 65_536);
  return `198.${18 + (x >> 16)}.${(x >> 8) & 255}.${x & 255}`;
}

function countBenchComments(database: string): number {
  const db = new Database(database, { readonly: true, fileMustExist: true });
  try {
    return (
      db
        .prepare("SELECT count(*) AS n FROM comments WHERE user_agent = ?")
        .get(BENCH_USER_AGENT) as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

/** Removes the bench's own comments again, so a reused bench database stays as seeded. */
export function deleteBenchComments(database: string): number {
  const db = new Database(database, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    return db
      .transaction(() => {
        const approved = db
          .prepare(
            "SELECT article_id AS id, count(*) AS n FROM comments WHERE user_agent = ? AND status = 'approved' GROUP BY article_id",
          )
          .all(BENCH_USER_AGENT) as { id: number; n: number }[];
        for (const a of approved) {
          db.prepare(
            "UPDATE articles SET comment_count = max(0, comment_count - ?) WHERE id = ?",
          ).run(a.n, a.id);
        }
        return db.prepare("DELETE FROM comments WHERE user_agent = ?").run(BENCH_USER_AGENT)
          .changes;
      })
      .immediate();
  } finally {
    db.close();
  }
}

export async function loadFormTemplates(origin: string, articles: readonly ArticleRef[]) {
  const templates: FormTemplate[] = [];
  for (const article of articles) {
    const page = await get(origin, article.path);
    if (page.status !== 200) continue;
    try {
      templates.push({ article, form: commentFormOf(page.body) });
    } catch {
      // comments closed on this article
    }
  }
  if (templates.length === 0) throw new Error("no article with an open comment form");
  return templates;
}

interface Submission {
  template: FormTemplate;
  token: string;
  client: string;
  serial: number;
}

/** The form as a reader fills it in, hidden fields included. */
export function commentFields(s: Submission, runId: string): Record<string, string> {
  return {
    ...s.template.form.hidden,
    articleId: String(s.template.article.id),
    token: s.token,
    name: `Bench Leserin ${s.serial}`,
    email: `bench-${runId}-${s.serial}@example.org`,
    body: `Benchmark-Kommentar ${runId}/${s.serial}: Danke für den Artikel, eine sachliche Frage dazu.`,
    website: "",
  };
}

async function submit(origin: string, mode: SubmitMode, s: Submission, runId: string) {
  const fields = commentFields(s, runId);
  const common = { "x-forwarded-for": s.client, "user-agent": BENCH_USER_AGENT };
  if (mode === "no-js") {
    const { body, contentType } = multipart(fields);
    const res = await request(origin, s.template.form.action || s.template.article.path, {
      method: "POST",
      body,
      headers: { ...common, "content-type": contentType, origin },
    });
    return { res, ok: res.status === 200 && res.body.includes("notice--success") };
  }
  // The action's arguments ("0", referring to the "_1_" form data) come last, as Chromium sends them.
  const { body, contentType } = multipart([
    ...Object.entries(fields).map(([k, v]): [string, string] => [`_1_${k}`, v]),
    ["0", '[{"status":"idle"},"$K1"]'],
  ]);
  const res = await request(origin, s.template.article.path, {
    method: "POST",
    body,
    headers: {
      ...common,
      "content-type": contentType,
      accept: "text/x-component",
      "next-action": s.template.form.actionId,
      "next-router-state-tree": routerStateTree(s.template.article.path),
      origin,
    },
  });
  return { res, ok: res.status === 200 && res.body.includes('"status":"success"') };
}

export interface CommentPlan {
  mode: SubmitMode;
  concurrency: number;
  requests: number;
}

export async function runCommentScenario(
  origin: string,
  database: string,
  articles: readonly ArticleRef[],
  plans: readonly CommentPlan[],
): Promise<CommentResult> {
  const templates = await loadFormTemplates(origin, articles);
  const runId = Date.now().toString(36);
  const total = plans.reduce((n, p) => n + p.requests, 0);
  // Tokens first (one per submission, as each reader gets one), then wait out the fill time.
  const submissions: Submission[] = await runConcurrently(total, 4, async (i) => {
    const template = templates[i % templates.length] as FormTemplate;
    const res = await get(origin, `/api/kommentar-token?artikel=${template.article.id}`);
    const token = (JSON.parse(res.body) as { token?: string }).token ?? "";
    return { template, token, client: clientAddressFor(i + 1), serial: i + 1 };
  });
  await new Promise((r) => setTimeout(r, TOKEN_WAIT_MS));

  const before = countBenchComments(database);
  const runs: CommentRun[] = [];
  let offset = 0;
  for (const plan of plans) {
    const batch = submissions.slice(offset, offset + plan.requests);
    offset += plan.requests;
    const started = performance.now();
    const outcomes = await runConcurrently(batch.length, plan.concurrency, (i) =>
      submit(origin, plan.mode, batch[i] as Submission, runId),
    );
    const elapsed = performance.now() - started;
    runs.push({
      mode: plan.mode,
      concurrency: plan.concurrency,
      sent: batch.length,
      succeeded: outcomes.filter((o) => o.ok).length,
      non2xx: outcomes.filter((o) => o.res.status < 200 || o.res.status > 299).length,
      rps: (batch.length * 1000) / elapsed,
      latency: summarize(outcomes.map((o) => o.res.ms)),
    });
  }
  const stored = countBenchComments(database) - before;
  return {
    runs,
    stored,
    sent: total,
    note:
      "distinct clients: TRUST_PROXY=1 on the bench server and one X-Forwarded-For address " +
      "(198.18.0.0/15) per request",
  };
}
