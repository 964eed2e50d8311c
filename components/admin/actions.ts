"use server";

import { updateTag } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
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
import { t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import {
  editCommentSchema,
  emptyQueueSchema,
  eraseSchema,
  LOGIN_LIMITS,
  loginSchema,
  moderateSchema,
  replySchema,
  settingsSchema,
} from "@/lib/validation";
import { adminAction } from "./action";
import { clientKey, wantsSecureCookies } from "./auth";
import { adminHomeFor } from "./newsroom-nav";

// Admin server actions. Each is made by adminAction (./action.ts): it checks the session and the
// permission itself and parses its form with a schema from lib/validation.ts; without a valid
// session it changes nothing and sends the browser to the login. The login is the exception: a
// form for people without a session, which answers in place (useActionState).

export type LoginState = { error: string | null; username: string };

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const raw = {
    username: String(formData.get("username") ?? ""),
    password: String(formData.get("password") ?? ""),
  };
  const parsed = loginSchema.safeParse(raw);
  const username = raw.username.trim().slice(0, LOGIN_LIMITS.usernameMax);
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
  redirect(adminHomeFor(staff.role));
}

/** Not an adminAction: it must clear the cookie of an expired session too, and has no notice. */
export async function logout(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (looksLikeSessionToken(token)) deleteSession(hashSessionToken(token));
  jar.delete(SESSION_COOKIE);
  redirect("/admin/login");
}

function expirePublic(articleIds: readonly number[]): void {
  for (const id of articleIds) updateTag(cacheTags.comments(id));
}

/** The queue's one form: a row button ("approve:17") or the bulk bar ("bulk" + action + ids). */
export const moderate = adminAction({
  permission: "moderate",
  schema: moderateSchema,
  errors: { selection: "keine-auswahl", confirmDelete: "nicht-bestaetigt" },
  run: ({ action, ids, returnTo }, staff) => {
    const result = moderateComments(staff, action, ids);
    expirePublic(result.publicArticles);
    return withNotice(
      returnTo,
      result.changed === 0
        ? { fehler: "keine-aenderung" }
        : { ok: actionDoneCode[action], n: result.changed },
    );
  },
});

export const emptyQueueAction = adminAction({
  permission: "moderate",
  schema: emptyQueueSchema,
  errors: { confirmDelete: "nicht-bestaetigt" },
  run: ({ status, returnTo }, staff) =>
    withNotice(returnTo, { ok: actionDoneCode.delete, n: emptyQueue(staff, status) }),
});

const commentPage = (id: number) => `/admin/kommentare/${id}`;

export const editCommentAction = adminAction({
  permission: "moderate",
  schema: editCommentSchema,
  back: ({ id }) => {
    const known = parseId(id);
    return known === null ? "/admin/kommentare" : commentPage(known);
  },
  run: ({ id, name, body }, staff) => {
    const result = editComment(staff, id, { name, body });
    if (!result) return withNotice("/admin/kommentare", { fehler: "ungueltig" });
    if (result.isPublic) expirePublic([result.articleId]);
    return withNotice(commentPage(id), { ok: "gespeichert" });
  },
});

export const replyAction = adminAction({
  permission: "moderate",
  schema: replySchema,
  run: ({ parentId, body }, staff) => {
    const result = replyAsStaff(staff, parentId, body);
    if (result.kind === "bad-parent") {
      return withNotice(commentPage(parentId), { fehler: "antwort-nicht-moeglich" });
    }
    expirePublic([result.articleId]);
    return withNotice(commentPage(parentId), { ok: "beantwortet" });
  },
});

const SETTINGS_PAGE = "/admin/einstellungen";

export const saveSettingsAction = adminAction({
  permission: "settings",
  schema: settingsSchema,
  back: SETTINGS_PAGE,
  errors: { closeAfterDays: "tage-ungueltig" },
  run: (settings, staff) => {
    saveCommentSettings(staff, settings);
    return withNotice(SETTINGS_PAGE, { ok: "gespeichert" });
  },
});

export const eraseAction = adminAction({
  permission: "erase",
  schema: eraseSchema,
  back: SETTINGS_PAGE,
  errors: { confirmDelete: "nicht-bestaetigt" },
  run: ({ email }, staff) => {
    const result = eraseByEmail(staff, email);
    expirePublic(result.publicArticles);
    return withNotice(SETTINGS_PAGE, { ok: "dsgvo-geloescht", n: result.changed });
  },
});
