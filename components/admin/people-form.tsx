import { InputField, TextAreaField } from "@/components/admin/field";
import { saveAuthorAction, saveTopicAction } from "@/components/admin/people-actions";
import type { AuthorRow, TopicRow } from "@/db/queries/newsroom-people";
import { t } from "@/lib/i18n";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { PEOPLE_LIMITS } from "@/lib/validation";

// The author and topic forms. After a refusal the page's URL carries what was typed and the
// refused field (components/admin/people-actions.ts); the form shows those instead of the stored
// row, and the refused field's message as its hint.

const w = t.newsroomList;
const messages = {
  name: w.errors.name(PEOPLE_LIMITS.nameMax),
  slug: w.errors.slug(PEOPLE_LIMITS.slugMax),
  vergeben: w.errors.slugTaken,
  role: w.errors.role(PEOPLE_LIMITS.roleMax),
  bio: w.errors.bio(PEOPLE_LIMITS.bioMax),
} as const;
type Refused = keyof typeof messages;

function refusedField(query: SearchParams): Refused | null {
  const field = firstParam(query.feld);
  return field !== undefined && Object.hasOwn(messages, field) ? (field as Refused) : null;
}

/** A value typed before a refusal, or the stored one. */
function typed(query: SearchParams, refused: boolean, name: string, stored: string): string {
  const value = firstParam(query[name]);
  return refused && value !== undefined ? value : stored;
}

function slugHint(refused: Refused | null, prefix: string): string {
  if (refused === "slug" || refused === "vergeben") return messages[refused];
  return w.fieldSlugHint(prefix);
}

export function TopicForm({ topic, query }: { topic: TopicRow | null; query: SearchParams }) {
  const refused = refusedField(query);
  const hasError = firstParam(query.fehler) !== undefined;
  return (
    <form action={saveTopicAction} className="admin-form">
      {topic ? <input type="hidden" name="id" value={topic.id} /> : null}
      <InputField
        id="topic-name"
        label={w.fieldName}
        name="name"
        required
        maxLength={PEOPLE_LIMITS.nameMax}
        defaultValue={typed(query, hasError, "name", topic?.name ?? "")}
        hint={refused === "name" ? messages.name : undefined}
        aria-invalid={refused === "name" || undefined}
      />
      <InputField
        id="topic-slug"
        label={w.fieldSlug}
        name="slug"
        maxLength={PEOPLE_LIMITS.slugMax}
        defaultValue={typed(query, hasError, "slug", topic?.slug ?? "")}
        hint={slugHint(refused, "/thema/")}
        aria-invalid={refused === "slug" || refused === "vergeben" || undefined}
      />
      <button type="submit">{topic ? w.save : w.create}</button>
    </form>
  );
}

export function AuthorForm({ author, query }: { author: AuthorRow | null; query: SearchParams }) {
  const refused = refusedField(query);
  const hasError = firstParam(query.fehler) !== undefined;
  const columnist = hasError
    ? firstParam(query.isColumnist) === "ja"
    : (author?.isColumnist ?? false);
  return (
    <form action={saveAuthorAction} className="admin-form">
      {author ? <input type="hidden" name="id" value={author.id} /> : null}
      <InputField
        id="author-name"
        label={w.fieldName}
        name="name"
        required
        maxLength={PEOPLE_LIMITS.nameMax}
        defaultValue={typed(query, hasError, "name", author?.name ?? "")}
        hint={refused === "name" ? messages.name : undefined}
        aria-invalid={refused === "name" || undefined}
      />
      <InputField
        id="author-slug"
        label={w.fieldSlug}
        name="slug"
        maxLength={PEOPLE_LIMITS.slugMax}
        defaultValue={typed(query, hasError, "slug", author?.slug ?? "")}
        hint={slugHint(refused, "/autor/")}
        aria-invalid={refused === "slug" || refused === "vergeben" || undefined}
      />
      <InputField
        id="author-role"
        label={w.fieldRole}
        name="role"
        maxLength={PEOPLE_LIMITS.roleMax}
        defaultValue={typed(query, hasError, "role", author?.role ?? "")}
        hint={refused === "role" ? messages.role : undefined}
        aria-invalid={refused === "role" || undefined}
      />
      <TextAreaField
        id="author-bio"
        label={w.fieldBio}
        name="bio"
        rows={5}
        maxLength={PEOPLE_LIMITS.bioMax}
        defaultValue={typed(query, hasError, "bio", author?.bio ?? "")}
        hint={refused === "bio" ? messages.bio : undefined}
        aria-invalid={refused === "bio" || undefined}
      />
      <div className="field field--checkbox">
        <input
          id="author-columnist"
          type="checkbox"
          name="isColumnist"
          value="ja"
          defaultChecked={columnist}
        />
        <label htmlFor="author-columnist">{w.fieldColumnist}</label>
      </div>
      <button type="submit">{author ? w.save : w.create}</button>
    </form>
  );
}
