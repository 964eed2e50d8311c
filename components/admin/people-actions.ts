"use server";

import { updateTag } from "next/cache";
import { writeAuthor, writeTopic, type PeopleWrite } from "@/db/queries/newsroom-people";
import { withNotice, type NoticeUrl } from "@/lib/admin-notices";
import { cacheTags } from "@/lib/cache-tags";
import { parseId } from "@/lib/route-params";
import {
  authorSchema,
  refusedPeopleField,
  topicSchema,
  type FormFields,
  type PeopleField,
} from "@/lib/validation";
import { adminAction } from "./action";

// Authors and topics (/admin/autoren, /admin/themen), for roles with "manage". A refused form goes
// back to its page with what was typed and the refused field in the URL (people-form.tsx shows
// the field's German message); nothing typed is lost, with or without JavaScript.

type Kind = "autoren" | "themen";
const KEPT: Record<Kind, readonly string[]> = {
  autoren: ["name", "slug", "role", "bio", "isColumnist"],
  themen: ["name", "slug"],
};

function formPage(kind: Kind, fields: FormFields): string {
  const id = parseId(fields.id);
  return id === null ? `/admin/${kind}/neu` : `/admin/${kind}/${id}`;
}

/** The form's page with the typed values and the refused field (`feld`). */
function refusedUrl(
  kind: Kind,
  fields: FormFields,
  field: PeopleField | "vergeben" | null,
): string {
  const q = new URLSearchParams();
  for (const name of KEPT[kind]) {
    const value = fields[name];
    if (typeof value === "string") q.set(name, value);
  }
  if (field) q.set("feld", field);
  return `${formPage(kind, fields)}?${q}`;
}

function finish(
  kind: Kind,
  fields: FormFields,
  result: PeopleWrite,
  tag: (slug: string) => string,
): NoticeUrl {
  if (!result.ok) {
    return result.reason === "missing"
      ? withNotice(`/admin/${kind}`, { fehler: "ungueltig" })
      : withNotice(refusedUrl(kind, fields, "vergeben"), { fehler: "ungueltig" });
  }
  // The public page under the old and the new address (a renamed slug's old page disappears).
  for (const slug of result.slugs) updateTag(tag(slug));
  return withNotice(`/admin/${kind}`, { ok: "gespeichert" });
}

export const saveAuthorAction = adminAction({
  permission: "manage",
  schema: authorSchema,
  back: (fields) => refusedUrl("autoren", fields, refusedPeopleField(authorSchema, fields)),
  run: async ({ id, ...input }, staff) => {
    const fields = {
      id: id === null ? "" : String(id),
      ...input,
      isColumnist: input.isColumnist ? "ja" : "",
    };
    return finish("autoren", fields, writeAuthor(staff, id, input), cacheTags.author);
  },
});

export const saveTopicAction = adminAction({
  permission: "manage",
  schema: topicSchema,
  back: (fields) => refusedUrl("themen", fields, refusedPeopleField(topicSchema, fields)),
  run: async ({ id, ...input }, staff) => {
    const fields = { id: id === null ? "" : String(id), ...input };
    return finish("themen", fields, writeTopic(staff, id, input), cacheTags.topic);
  },
});
