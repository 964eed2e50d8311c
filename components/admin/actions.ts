"use server";

import { updateTag } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { eraseByEmail } from "@/db/queries/erasure";
import { editComment, emptyQueue, moderateComments, replyAsStaff } from "@/db/queries/moderation";
import { saveCommentSettings } from "@/db/queries/settings";
import {
  clearFailures,
  createSession,
  deleteSession,
  findStaffForLogin,
  releaseLoginAttempt,
  reserveLoginAttempt,
} from "@/db/queries/staff";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import {
  hashSessionToken,
  looksLikeSessionToken,
  newSessionToken,
  SESSION_COOKIE,
  SESSION_MAX_MS,
} from "@/lib/auth/session";
import { scryptGate } from "@/lib/auth/scrypt-gate";
import { actionDoneCode, withNotice } from "@/lib/admin-notices";
import { cacheTags } from "@/lib/cache-tags";
import { cleanCommentText, cleanSingleLine } from "@/lib/comment-text";
import { t } from "@/lib/i18n";
import { moderationActions } from "@/lib/moderation";
import { COMMENT_LIMITS } from "@/lib/validation";
import { clientKey, staffForAction, wantsSecureCookies } from "./auth";

// Admin server actions. Each checks the session itself and validates its input with zod;
// without a valid session they change nothing and send the browser to the login.

export type LoginState = { error: string | null; username: string };

const loginSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1024),
});

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const raw = {
    username: String(formData.get("username") ?? ""),
    password: String(formData.get("password") ?? ""),
  };
  const parsed = loginSchema.safeParse(raw);
  const username = raw.username.trim().slice(0, 100);
  if (!parsed.success) return { error: t.admin.loginMissing, username };

  const accountKey = `user:${parsed.data.username.toLowerCase()}`;
  // The attempt is written down before its password is checked, so a burst of parallel
  // attempts gets no more checks than the same attempts one after another.
  const reservation = reserveLoginAttempt({
    account: accountKey,
    client: `client:${await clientKey()}`,
  });
  if (!reservation.allowed) {
    return { error: t.admin.loginThrottled(Math.ceil(reservation.retryAfterMs / 1000)), username };
  }

  const staff = findStaffForLogin(parsed.data.username);
  // Unknown users cost the same time as wrong passwords and get the same message.
  const checked = await scryptGate().run(async () =>
    verifyPassword(parsed.data.password, staff?.passwordHash ?? (await dummyPasswordHash())),
  );
  if (!checked.ok) {
    // No password was checked, so the attempt does not count against anyone.
    releaseLoginAttempt(reservation.ids);
    return { error: t.admin.loginBusy, username };
  }
  if (!staff || !checked.value) return { error: t.admin.loginFailed, username };
  releaseLoginAttempt(reservation.ids);
  clearFailures(accountKey);
  const token = newSessionToken();
  createSession(hashSessionToken(token), staff.id);
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await wantsSecureCookies(),
    path: "/",
    maxAge: Math.floor(SESSION_MAX_MS / 1000),
  });
  redirect("/admin/kommentare");
}

export async function logout(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (looksLikeSessionToken(token)) deleteSession(hashSessionToken(token));
  jar.delete(SESSION_COOKIE);
  redirect("/admin/login");
}

/** Only paths inside the admin area are followed back, never another site. */
function safeReturn(value: FormDataEntryValue | null, fallback = "/admin/kommentare"): string {
  const s = typeof value === "string" ? value : "";
  return /^\/admin(\/[A-Za-z0-9/_-]*)?(\?[^#\s]*)?$/.test(s) ? s : fallback;
}

function expirePublic(articleIds: readonly number[]): void {
  for (const id of articleIds) updateTag(cacheTags.comments(id));
}

const idList = z
  .array(
    z
      .string()
      .regex(/^[1-9][0-9]{0,9}$/)
      .transform(Number),
  )
  .max(500);
const opSchema = z.union([
  z.string().regex(/^(approve|unapprove|spam|trash|restore|delete):[1-9][0-9]{0,9}$/),
  z.literal("bulk"),
]);

/** The queue's one form: a row button ("approve:17") or the bulk bar ("bulk" + action + ids). */
export async function moderate(formData: FormData): Promise<void> {
  const staff = await staffForAction("moderate");
  if (!staff) redirect("/admin/login");
  const back = safeReturn(formData.get("returnTo"));
  const op = opSchema.safeParse(formData.get("op"));
  if (!op.success) redirect(withNotice(back, { fehler: "ungueltig" }));

  let action: (typeof moderationActions)[number];
  let ids: number[];
  if (op.data === "bulk") {
    const chosen = z.enum(moderationActions).safeParse(formData.get("bulkAction"));
    const parsedIds = idList.safeParse(
      formData.get("allOnPage") === "ja" ? formData.getAll("pageIds") : formData.getAll("ids"),
    );
    if (!chosen.success || !parsedIds.success) redirect(withNotice(back, { fehler: "ungueltig" }));
    if (parsedIds.data.length === 0) redirect(withNotice(back, { fehler: "keine-auswahl" }));
    action = chosen.data;
    ids = parsedIds.data;
  } else {
    const [name, id] = op.data.split(":") as [(typeof moderationActions)[number], string];
    action = name;
    ids = [Number(id)];
  }
  if (action === "delete" && formData.get("confirmDelete") !== "ja") {
    redirect(withNotice(back, { fehler: "nicht-bestaetigt" }));
  }
  const result = moderateComments(staff, action, ids);
  expirePublic(result.publicArticles);
  redirect(
    withNotice(
      back,
      result.changed === 0
        ? { fehler: "keine-aenderung" }
        : { ok: actionDoneCode[action], n: result.changed },
    ),
  );
}

export async function emptyQueueAction(formData: FormData): Promise<void> {
  const staff = await staffForAction("moderate");
  if (!staff) redirect("/admin/login");
  const status = z.enum(["spam", "trash"]).safeParse(formData.get("status"));
  const back = safeReturn(formData.get("returnTo"));
  if (!status.success) redirect(withNotice(back, { fehler: "ungueltig" }));
  if (formData.get("confirmDelete") !== "ja")
    redirect(withNotice(back, { fehler: "nicht-bestaetigt" }));
  const n = emptyQueue(staff, status.data);
  redirect(withNotice(back, { ok: actionDoneCode.delete, n }));
}

const editSchema = z.object({
  id: z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/)
    .transform(Number),
  name: z
    .string()
    .transform(cleanSingleLine)
    .pipe(z.string().min(COMMENT_LIMITS.nameMin).max(COMMENT_LIMITS.nameMax)),
  body: z
    .string()
    .transform(cleanCommentText)
    .pipe(z.string().min(COMMENT_LIMITS.bodyMin).max(COMMENT_LIMITS.bodyMax)),
});

export async function editCommentAction(formData: FormData): Promise<void> {
  const staff = await staffForAction("moderate");
  if (!staff) redirect("/admin/login");
  const parsed = editSchema.safeParse({
    id: formData.get("id"),
    name: formData.get("name"),
    body: formData.get("body"),
  });
  const idText = String(formData.get("id") ?? "");
  const back = /^[1-9][0-9]{0,9}$/.test(idText)
    ? `/admin/kommentare/${idText}`
    : "/admin/kommentare";
  if (!parsed.success) redirect(withNotice(back, { fehler: "ungueltig" }));
  const result = editComment(staff, parsed.data.id, {
    name: parsed.data.name,
    body: parsed.data.body,
  });
  if (!result) redirect(withNotice("/admin/kommentare", { fehler: "ungueltig" }));
  if (result.isPublic) expirePublic([result.articleId]);
  redirect(withNotice(back, { ok: "gespeichert" }));
}

const replySchema = z.object({
  parentId: z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/)
    .transform(Number),
  body: z
    .string()
    .transform(cleanCommentText)
    .pipe(z.string().min(COMMENT_LIMITS.bodyMin).max(COMMENT_LIMITS.bodyMax)),
});

export async function replyAction(formData: FormData): Promise<void> {
  const staff = await staffForAction("moderate");
  if (!staff) redirect("/admin/login");
  const parsed = replySchema.safeParse({
    parentId: formData.get("parentId"),
    body: formData.get("body"),
  });
  if (!parsed.success)
    redirect(withNotice(safeReturn(formData.get("returnTo")), { fehler: "ungueltig" }));
  const back = `/admin/kommentare/${parsed.data.parentId}`;
  const result = replyAsStaff(staff, parsed.data.parentId, parsed.data.body);
  if (result.kind === "bad-parent")
    redirect(withNotice(back, { fehler: "antwort-nicht-moeglich" }));
  expirePublic([result.articleId]);
  redirect(withNotice(back, { ok: "beantwortet" }));
}

const settingsSchema = z.object({
  blocklist: z
    .string()
    .max(20_000)
    .transform((v) =>
      [
        ...new Set(
          v
            .split("\n")
            .map((w) => cleanSingleLine(w))
            .filter((w) => w.length > 0 && w.length <= 100),
        ),
      ].slice(0, 1000),
    ),
  autoApprove: z.boolean(),
  closeAfterDays: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^[0-9]{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 3650), {
      message: t.admin.closeAfterDaysInvalid,
    })
    .transform((v) => (v === "" ? null : Number(v))),
});

export async function saveSettingsAction(formData: FormData): Promise<void> {
  const staff = await staffForAction("settings");
  if (!staff) redirect("/admin/login");
  const parsed = settingsSchema.safeParse({
    blocklist: String(formData.get("blocklist") ?? ""),
    autoApprove: formData.get("autoApprove") === "ja",
    closeAfterDays: String(formData.get("closeAfterDays") ?? ""),
  });
  if (!parsed.success) {
    const days = parsed.error.issues.some((issue) => issue.path[0] === "closeAfterDays");
    redirect(withNotice("/admin/einstellungen", { fehler: days ? "tage-ungueltig" : "ungueltig" }));
  }
  saveCommentSettings(staff, parsed.data);
  redirect(withNotice("/admin/einstellungen", { ok: "gespeichert" }));
}

export async function eraseAction(formData: FormData): Promise<void> {
  const staff = await staffForAction("erase");
  if (!staff) redirect("/admin/login");
  const email = z
    .email()
    .max(254)
    .safeParse(String(formData.get("email") ?? "").trim());
  if (!email.success) redirect(withNotice("/admin/einstellungen", { fehler: "ungueltig" }));
  if (formData.get("confirmDelete") !== "ja")
    redirect(withNotice("/admin/einstellungen", { fehler: "nicht-bestaetigt" }));
  const result = eraseByEmail(staff, email.data);
  expirePublic(result.publicArticles);
  redirect(withNotice("/admin/einstellungen", { ok: "dsgvo-geloescht", n: result.changed }));
}
