// The newsroom's rules without React or database: the fields the editor edits, which of them a
// save changed, who may take which workflow step on which article, and Vienna wall-clock times
// as a `datetime-local` field shows them.
import type { ArticleStatus, StaffRole } from "@/db/schema";
import { can } from "./permissions";

/** Limits of the editor's fields; the schema, the form's hints and the messages use these. */
export const ARTICLE_LIMITS = {
  headline: 200,
  kicker: 80,
  teaser: 600,
  body: 100_000,
  seoTitle: 70,
  seoDescription: 160,
  topics: 10,
  topicName: 60,
  slug: 80,
} as const;

/** What the editor form edits; a revision's snapshot is this as JSON. */
export interface ArticleFields {
  sectionId: number;
  /** The Dachzeile above the headline; may be empty. */
  kicker: string;
  headline: string;
  /** The lead (Vorspann). */
  teaser: string;
  /** Markdown. */
  body: string;
  /** null: the byline "Redaktion". */
  authorId: number | null;
  /** Topic names, in the order typed. */
  topics: string[];
  slug: string;
  commentsClosed: boolean;
  seoTitle: string;
  seoDescription: string;
}

export type ArticleField = keyof ArticleFields;

export const ARTICLE_FIELDS = [
  "sectionId",
  "kicker",
  "headline",
  "teaser",
  "body",
  "authorId",
  "topics",
  "slug",
  "commentsClosed",
  "seoTitle",
  "seoDescription",
] as const satisfies readonly ArticleField[];

function sameValue(a: ArticleFields[ArticleField], b: ArticleFields[ArticleField]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => value === b[i]);
  }
  return a === b;
}

/** The fields whose value differs between two versions, in the form's order. */
export function changedFields(before: ArticleFields, after: ArticleFields): ArticleField[] {
  return ARTICLE_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

// ---- Workflow -------------------------------------------------------------------------------

export const workflowActions = [
  "saveDraft",
  "submit",
  "publish",
  "schedule",
  "withdraw",
  "republish",
  "stage",
  "scheduleStaged",
  "discardStaged",
] as const;
export type WorkflowAction = (typeof workflowActions)[number];

/** The steps the editor form's buttons take together with a save. */
export const formIntents = [
  "saveDraft",
  "submit",
  "publish",
  "schedule",
  "stage",
  "scheduleStaged",
] as const;
export type FormIntent = (typeof formIntents)[number];

/** From which statuses each step may be taken (for those allowed to publish). */
const FROM: Record<WorkflowAction, readonly ArticleStatus[]> = {
  // Saving keeps the status; a save of a published article publishes the change at once.
  saveDraft: ["draft", "review", "scheduled", "published"],
  submit: ["draft"],
  // A published article's saves publish themselves ("Speichern und veröffentlichen").
  publish: ["draft", "review", "scheduled"],
  schedule: ["draft", "review", "scheduled"],
  withdraw: ["published", "scheduled"],
  republish: ["withdrawn"],
  // "Änderungen vormerken" on an article readers see (a scheduled one once its time has come:
  // the query checks that), publishing them later, or throwing them away.
  stage: ["published", "scheduled"],
  scheduleStaged: ["published", "scheduled"],
  discardStaged: ["published", "scheduled", "withdrawn"],
};

/** Authors: their own drafts only, which they may save and submit (an article returned from
 * review is a draft again). Review, scheduled, published and withdrawn ones are the editors'. */
const AUTHOR_MAY: Record<WorkflowAction, readonly ArticleStatus[]> = {
  saveDraft: ["draft"],
  submit: ["draft"],
  publish: [],
  schedule: [],
  withdraw: [],
  republish: [],
  stage: [],
  scheduleStaged: [],
  discardStaged: [],
};

export interface WorkflowSubject {
  /** null: a new article, not saved yet. */
  status: ArticleStatus | null;
  /** The staff member created it (always true for a new article). */
  own: boolean;
}

/** May a staff member of `role` take `action` on this article? */
export function mayTake(
  role: StaffRole,
  action: WorkflowAction,
  article: WorkflowSubject,
): boolean {
  if (!can(role, "write")) return false;
  // A new article: anyone who writes may save it as a draft or submit it; only editors publish.
  const status = article.status ?? "draft";
  if (can(role, "publish")) return FROM[action].includes(status);
  return article.own && AUTHOR_MAY[action].includes(status);
}

/** The steps a role may take on this article, in the form's order. */
export function allowedActions(role: StaffRole, article: WorkflowSubject): WorkflowAction[] {
  return workflowActions.filter((action) => mayTake(role, action, article));
}

/** May the staff member open the article in the editor at all (and edit its fields)? */
export function mayEdit(role: StaffRole, article: WorkflowSubject): boolean {
  return mayTake(role, "saveDraft", article);
}

// ---- Vienna local time ------------------------------------------------------------------------

const TIME_ZONE = "Europe/Vienna";

const wallClock = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: TIME_ZONE,
});

function viennaParts(ms: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of wallClock.formatToParts(new Date(ms))) {
    if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  return out;
}

/** Vienna's wall clock for an instant as a `datetime-local` value: "2026-03-29T03:30". */
export function toViennaLocalInput(ms: number): string {
  const p = viennaParts(ms);
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, "0");
  return `${String(p.year).padStart(4, "0")}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A `datetime-local` value read as Vienna wall-clock time, as epoch ms; null when it is no such
 * value or names a time that does not exist in Vienna (the hour skipped in spring). In the
 * autumn hour that happens twice, the earlier (summer-time) instant is meant.
 */
export function parseViennaLocalInput(value: string): number | null {
  const m = LOCAL_INPUT.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23) return null;
  // Vienna is UTC+1 or UTC+2: try both offsets, the larger (summer) first.
  for (const offsetHours of [2, 1]) {
    const candidate = asUtc - offsetHours * 3_600_000;
    const p = viennaParts(candidate);
    if (
      p.year === year &&
      p.month === month &&
      p.day === day &&
      p.hour === hour &&
      p.minute === minute
    ) {
      return candidate;
    }
  }
  return null;
}
