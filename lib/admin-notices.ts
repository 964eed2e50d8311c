// The result of an admin action travels back in the redirect's URL as a code and a count
// (`?ok=freigegeben&n=3`), never as text: a link someone else made must not be able to put words
// on a staff page. Only codes listed here are shown, each with its dictionary text.
import { t } from "./i18n";
import { SETTINGS_LIMITS } from "./comment-limits";
import type { ModerationAction } from "./moderation";
import { firstParam, type SearchParams } from "./search-params";

const a = t.admin;

/** Codes for a moderation action that changed `n` comments. */
export const actionDoneCode = {
  approve: "freigegeben",
  unapprove: "zurueckgezogen",
  spam: "spam",
  trash: "papierkorb",
  restore: "wiederhergestellt",
  delete: "geloescht",
} as const satisfies Record<ModerationAction, string>;

/** Texts with a count need `n` in the URL; without a valid one nothing is shown. */
type Text = { counted: true; text: (n: number) => string } | { counted: false; text: () => string };
const counted = (text: (n: number) => string): Text => ({ counted: true, text });
const fixed = (text: string): Text => ({ counted: false, text: () => text });
const done = (action: ModerationAction) => counted((n) => a.done(n, a.auditAction[action] ?? ""));

const okTexts = {
  freigegeben: done("approve"),
  zurueckgezogen: done("unapprove"),
  spam: done("spam"),
  papierkorb: done("trash"),
  wiederhergestellt: done("restore"),
  geloescht: done("delete"),
  "dsgvo-geloescht": counted((n) => a.eraseDone(n)),
  gespeichert: fixed(a.saved),
  beantwortet: fixed(a.replyDone),
} as const;

const errorTexts = {
  ungueltig: a.invalidInput,
  "keine-auswahl": a.noneSelected,
  "nicht-bestaetigt": a.confirmMissing,
  "keine-aenderung": a.nothingDone,
  "antwort-nicht-moeglich": a.replyParentNotApproved,
  "tage-ungueltig": a.closeAfterDaysInvalid(SETTINGS_LIMITS.closeAfterDaysMax),
  "nicht-wiederhergestellt": t.newsroom.restoreRefused,
} as const;

type OkNotice = keyof typeof okTexts;
export type ErrorNotice = keyof typeof errorTexts;
type Notice = { ok: OkNotice; n?: number } | { fehler: ErrorNotice };

/** An admin path that carries a notice: the only thing an admin action's handler may answer. */
export type NoticeUrl = string & { readonly __notice: true };

/** `url` (an admin path, maybe with a query) with this notice in place of any earlier one. */
export function withNotice(url: string, notice: Notice): NoticeUrl {
  const u = new URL(url, "http://x");
  for (const key of ["ok", "fehler", "n"]) u.searchParams.delete(key);
  if ("ok" in notice) {
    u.searchParams.set("ok", notice.ok);
    if (notice.n !== undefined) u.searchParams.set("n", String(notice.n));
  } else {
    u.searchParams.set("fehler", notice.fehler);
  }
  return `${u.pathname}${u.search}` as NoticeUrl;
}

const ADMIN_PATH = /^\/admin(\/[A-Za-z0-9/_-]*)?(\?[^#\s]*)?$/;

/** A posted return address if it is a path inside the admin area, never another site's. */
export function adminReturnPath(value: unknown, fallback = "/admin/kommentare"): string {
  return typeof value === "string" && ADMIN_PATH.test(value) ? value : fallback;
}

function lookup<T extends object>(table: T, code: string | undefined): T[keyof T] | undefined {
  return code !== undefined && Object.hasOwn(table, code) ? table[code as keyof T] : undefined;
}

/** The notice a page shows for its query, or null for no code, an unknown code or a bad count. */
export function readNotice(
  params: SearchParams,
): { kind: "success" | "error"; text: string } | null {
  const error = lookup(errorTexts, firstParam(params.fehler));
  if (error) return { kind: "error", text: error };
  const ok: Text | undefined = lookup(okTexts, firstParam(params.ok));
  if (!ok) return null;
  if (!ok.counted) return { kind: "success", text: ok.text() };
  const n = firstParam(params.n);
  return n !== undefined && /^[0-9]{1,6}$/.test(n)
    ? { kind: "success", text: ok.text(Number(n)) }
    : null;
}
