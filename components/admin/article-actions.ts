"use server";

import { updateTag } from "next/cache";
import {
  changeArticleStatus,
  createArticle,
  discardStagedChanges,
  findEditorArticle,
  findRevision,
  saveArticle,
  type StatusStep,
  type WriteResult,
} from "@/db/queries/newsroom";
import type { StaffMember } from "@/db/queries/staff";
import { withNotice } from "@/lib/admin-notices";
import { t } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import {
  articleSchema,
  articleStatusSchema,
  discardStagedSchema,
  fieldMessages,
  restoreRevisionSchema,
  type ArticleInput,
  type FormFields,
} from "@/lib/validation";
import { adminAction, adminFormAction } from "./action";
import type { ArticleFormState } from "./article-form-state";

// The newsroom's actions. The editor form answers in place (adminFormAction): on any refusal it
// shows again with everything typed and a German message beside the field. The query checks
// the workflow table again for the article as it is in the database, so a crafted request from
// an author (publishing, or saving someone else's article) changes nothing.

const n = t.newsroom;

/** The posted text fields as they were typed, to fill the form again. */
function typed(fields: FormFields): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    const one = Array.isArray(value) ? value[0] : value;
    if (typeof one === "string" && !key.startsWith("$")) values[key] = one;
  }
  return values;
}

function refused(
  fields: FormFields,
  message: string,
  errors: Record<string, string> = {},
): ArticleFormState {
  return { values: typed(fields), errors, message, at: Date.now() };
}

function expire(result: WriteResult): void {
  if (!result.ok) return;
  for (const tag of result.expire) updateTag(tag);
}

function write(input: ArticleInput, staff: StaffMember): WriteResult {
  const options = { intent: input.intent, minor: input.minor, scheduleAt: input.scheduleAt };
  return input.id === null
    ? createArticle(staff, input.fields, options)
    : saveArticle(staff, input.id, input.fields, input.revision, options);
}

/** The editor form's buttons: save, submit, publish now, schedule. */
export const saveArticleAction = adminFormAction({
  permission: "write",
  schema: articleSchema,
  invalid: (error, fields) => refused(fields, n.formInvalid, fieldMessages(error)),
  run: (input, staff, fields) => {
    // Publishing and scheduling need the editors' right; the query's workflow table refuses
    // them again for the article as stored.
    if (input.intent !== "saveDraft" && input.intent !== "submit" && !can(staff.role, "publish")) {
      return refused(fields, n.notAllowed);
    }
    const result = write(input, staff);
    expire(result);
    if (result.ok) return withNotice(`/admin/artikel/${result.id}`, { ok: "gespeichert" });
    switch (result.reason) {
      case "conflict": {
        const names = result.changed.map((field) => n.fieldName[field]);
        return {
          ...refused(fields, n.conflict(names.length > 0 ? names.join(", ") : n.conflictNothing)),
          compare:
            input.id !== null && input.revision > 0
              ? `/admin/artikel/${input.id}/versionen?alt=${input.revision}&neu=${result.revision}`
              : undefined,
        };
      }
      case "invalid":
        // A refused step (not a field) is said in the form's message.
        return result.field === "intent"
          ? refused(fields, result.message)
          : refused(fields, n.formInvalid, { [result.field]: result.message });
      case "forbidden":
        return refused(fields, n.notAllowed);
      case "missing":
        return refused(fields, n.missing);
    }
  },
});

function statusAction(step: StatusStep) {
  return adminAction({
    permission: "publish",
    schema: articleStatusSchema,
    back: (fields) =>
      typeof fields.id === "string" && /^[0-9]{1,15}$/.test(fields.id)
        ? `/admin/artikel/${fields.id}`
        : "/admin",
    run: (input, staff) => {
      const result = changeArticleStatus(staff, input.id, step);
      expire(result);
      return withNotice(
        `/admin/artikel/${input.id}`,
        result.ok ? { ok: "gespeichert" } : { fehler: "keine-aenderung" },
      );
    },
  });
}

/** Staged changes are thrown away; the published version stays as it is. */
export const discardStagedAction = adminAction({
  permission: "publish",
  schema: discardStagedSchema,
  back: (fields) =>
    typeof fields.id === "string" && /^[0-9]{1,15}$/.test(fields.id)
      ? `/admin/artikel/${fields.id}`
      : "/admin",
  run: (input, staff) => {
    const result = discardStagedChanges(staff, input.id, input.expected);
    return withNotice(
      `/admin/artikel/${input.id}`,
      result.ok ? { ok: "gespeichert" } : { fehler: "keine-aenderung" },
    );
  },
});

/** Zurückziehen: the article leaves the public site. */
export const withdrawArticleAction = statusAction("withdraw");

/** A withdrawn article goes public again. */
export const republishArticleAction = statusAction("republish");

/**
 * Restores a revision: its fields are saved as a new revision (logged as a restore). A published
 * article's restore is published at once, so it needs the editors' right; the query checks the
 * workflow table and the revision the page showed, like every save.
 */
export const restoreRevisionAction = adminAction({
  permission: "write",
  schema: restoreRevisionSchema,
  back: (fields) =>
    typeof fields.id === "string" && /^[0-9]{1,15}$/.test(fields.id)
      ? `/admin/artikel/${fields.id}/versionen`
      : "/admin/artikel",
  run: (input, staff) => {
    const back = `/admin/artikel/${input.id}/versionen`;
    const current = findEditorArticle(input.id);
    const fields = findRevision(input.id, input.revision);
    if (!current || !fields) return withNotice(back, { fehler: "ungueltig" });
    const live = current.status === "published" || current.status === "scheduled";
    if (live && !can(staff.role, "publish")) {
      return withNotice(back, { fehler: "nicht-wiederhergestellt" });
    }
    // A save keeps the status: a published article shows the restored fields at once, a
    // scheduled one keeps its time.
    const result = saveArticle(staff, input.id, fields, input.expected, {
      intent: "saveDraft",
      restoredFrom: input.revision,
    });
    expire(result);
    return withNotice(
      back,
      result.ok ? { ok: "gespeichert" } : { fehler: "nicht-wiederhergestellt" },
    );
  },
});
