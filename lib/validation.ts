// zod schemas shared by forms and server actions: the reader's comment form and the admin's forms.
// Each rule is defined once and reused; every message comes from the dictionary (t.validation).
import { z } from "zod";
import { adminReturnPath } from "./admin-notices";
import { cleanCommentText, cleanSingleLine } from "./comment-text";
import { COMMENT_LIMITS, SETTINGS_LIMITS } from "./comment-limits";
import { t } from "./i18n";
import { moderationActions } from "./moderation";
import { ARTICLE_LIMITS, formIntents, parseViennaLocalInput, type ArticleFields } from "./newsroom";
import { parseId } from "./route-params";
import { slugify, SLUG_PATTERN } from "./slug";

export { COMMENT_LIMITS, SETTINGS_LIMITS, type CommentField } from "./comment-limits";

const v = t.validation;

// ---- Form data ------------------------------------------------------------------------------

/** A form's fields by name: one value, or the list of values of a name posted more than once. */
export type FormFields = Record<string, FormDataEntryValue | FormDataEntryValue[]>;

export function formFields(form: FormData): FormFields {
  // No prototype: a field named "__proto__" or "constructor" is just a field.
  const fields = Object.create(null) as FormFields;
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key);
    fields[key] = values.length === 1 ? values[0]! : values;
  }
  return fields;
}

/** A checkbox posted with value "ja": true when ticked, false when left out. */
const checkbox = z
  .literal("ja")
  .optional()
  .transform((value) => value === "ja");

/** The page an admin form came from (hidden `returnTo`); anything else means the queue. */
const returnTo = z
  .unknown()
  .optional()
  .transform((value) => adminReturnPath(value));

// ---- Rules ----------------------------------------------------------------------------------

function toId(value: string, ctx: z.RefinementCtx, message?: string): number {
  const id = parseId(value);
  if (id === null) {
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  }
  return id;
}

/** A row id (article, comment) as forms post it: digits, see ID_SOURCE in route-params.ts. */
export const idRule = (message?: string) =>
  z.string().transform((value, ctx) => toId(value, ctx, message));

/** An id that may be left empty (null), e.g. the comment a reader answers. */
const optionalIdRule = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) =>
      value === undefined || value === "" ? null : toId(value, ctx, message),
    );

/** Ids from checkboxes or hidden fields of one name (none, one or many). */
const idListRule = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : [value].flat()))
  .pipe(z.array(idRule()).max(500));

const nameRule = z
  .string({ message: v.nameMissing })
  .transform(cleanSingleLine)
  .pipe(
    z
      .string()
      .min(COMMENT_LIMITS.nameMin, { message: v.nameMin(COMMENT_LIMITS.nameMin) })
      .max(COMMENT_LIMITS.nameMax, { message: v.nameMax(COMMENT_LIMITS.nameMax) }),
  );

const emailRule = z
  .string({ message: v.emailMissing })
  .transform(cleanSingleLine)
  .pipe(
    z
      .string()
      .min(1, { message: v.emailMissing })
      .max(COMMENT_LIMITS.emailMax, { message: v.emailMax(COMMENT_LIMITS.emailMax) })
      .pipe(z.email({ message: v.emailInvalid })),
  );

const bodyRule = z
  .string({ message: v.bodyMissing })
  .transform(cleanCommentText)
  .pipe(
    z
      .string()
      .min(COMMENT_LIMITS.bodyMin, { message: v.bodyMin(COMMENT_LIMITS.bodyMin) })
      .max(COMMENT_LIMITS.bodyMax, { message: v.bodyMax(COMMENT_LIMITS.bodyMax) }),
  );

// ---- The reader's comment form ----------------------------------------------------------------

export const commentSchema = z.object({
  articleId: idRule(v.articleInvalid),
  parentId: optionalIdRule(v.parentInvalid),
  name: nameRule,
  email: emailRule,
  body: bodyRule,
  // The honeypot: people never see it, so anything in it comes from a bot.
  website: z.string().optional().default(""),
  token: z.string().optional().default(""),
});

export type CommentInput = z.infer<typeof commentSchema>;

// ---- The admin's forms ----------------------------------------------------------------------
// Their messages are never shown: a refused admin form answers with a notice code
// (lib/admin-notices.ts) named after the field of the first issue.

export const LOGIN_LIMITS = { usernameMax: 100, passwordMax: 1024 } as const;

export const loginSchema = z.object({
  username: z.string().trim().min(1).max(LOGIN_LIMITS.usernameMax),
  password: z.string().min(1).max(LOGIN_LIMITS.passwordMax),
});

/** A queue row's button: "approve:17". */
const rowOpRule = z.string().transform((value, ctx) => {
  const [name, id, ...rest] = value.split(":");
  const action = moderationActions.find((a) => a === name);
  if (!action || rest.length > 0) {
    ctx.addIssue({ code: "custom" });
    return z.NEVER;
  }
  return { action, ids: [toId(id ?? "", ctx)] };
});

/**
 * The queue's one form: a row button (`op` "approve:17") or the bulk bar (`op` "bulk", the
 * action and the ticked `ids`, or every row's `pageIds` with "all on this page"). Deleting for
 * good needs the confirmation box. Issues at `selection` and `confirmDelete` have own notices.
 */
export const moderateSchema = z
  .object({
    op: z.union([z.literal("bulk"), rowOpRule]),
    bulkAction: z.enum(moderationActions).optional(),
    allOnPage: checkbox,
    ids: idListRule,
    pageIds: idListRule,
    confirmDelete: checkbox,
    returnTo,
  })
  .transform((form, ctx) => {
    let chosen = form.op;
    if (chosen === "bulk") {
      if (form.bulkAction === undefined) {
        ctx.addIssue({ code: "custom", path: ["bulkAction"] });
        return z.NEVER;
      }
      chosen = { action: form.bulkAction, ids: form.allOnPage ? form.pageIds : form.ids };
      if (chosen.ids.length === 0) {
        ctx.addIssue({ code: "custom", path: ["selection"] });
        return z.NEVER;
      }
    }
    if (chosen.action === "delete" && !form.confirmDelete) {
      ctx.addIssue({ code: "custom", path: ["confirmDelete"] });
      return z.NEVER;
    }
    return { ...chosen, returnTo: form.returnTo };
  });

/** Deleting the whole spam or trash queue for good; needs the confirmation box. */
export const emptyQueueSchema = z.object({
  status: z.enum(["spam", "trash"]),
  confirmDelete: z.literal("ja"),
  returnTo,
});

/** Staff correct a comment's name and text under the reader's own rules. */
export const editCommentSchema = z.object({ id: idRule(), name: nameRule, body: bodyRule });

export const replySchema = z.object({ parentId: idRule(), body: bodyRule });

/** Comment settings; `closeAfterDays` comes first so that its own notice wins. */
export const settingsSchema = z.object({
  closeAfterDays: z
    .string()
    .trim()
    .prefault("")
    .refine(
      (value) =>
        value === "" ||
        (/^[0-9]{1,4}$/.test(value) &&
          Number(value) >= 1 &&
          Number(value) <= SETTINGS_LIMITS.closeAfterDaysMax),
    )
    .transform((value) => (value === "" ? null : Number(value))),
  blocklist: z
    .string()
    .max(SETTINGS_LIMITS.blocklistChars)
    .prefault("")
    .transform((value) =>
      [
        ...new Set(
          value
            .split("\n")
            .map((entry) => cleanSingleLine(entry))
            .filter(
              (entry) => entry.length > 0 && entry.length <= SETTINGS_LIMITS.blocklistEntryMax,
            ),
        ),
      ].slice(0, SETTINGS_LIMITS.blocklistEntries),
    ),
  autoApprove: checkbox,
});

/** Erasing every comment of one address (GDPR); the address follows the comment form's rule. */
export const eraseSchema = z.object({ email: emailRule, confirmDelete: z.literal("ja") });

// ---- The newsroom's article editor ------------------------------------------------------------
// Unlike the other admin forms, its messages are shown beside each field (the form keeps what
// was typed); the slug's uniqueness and the schedule's "in the future" are checked by the write.

const nv = t.newsroom.errors;

const lineRule = (max: number, tooLong: string) =>
  z.string().prefault("").transform(cleanSingleLine).pipe(z.string().max(max, tooLong));

const requiredLineRule = (max: number, missing: string, tooLong: string) =>
  z
    .string({ message: missing })
    .transform(cleanSingleLine)
    .pipe(z.string().min(1, missing).max(max, tooLong));

/** "Verkehr, Wien , verkehr" → ["Verkehr", "Wien"]: names as typed, repeats (any case) once. */
export function splitTopicNames(value: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of value.split(",")) {
    const name = cleanSingleLine(raw);
    const key = name.toLocaleLowerCase("de-AT");
    if (name === "" || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

const topicsRule = z
  .string()
  .prefault("")
  .transform(splitTopicNames)
  .superRefine((names, ctx) => {
    if (names.length > ARTICLE_LIMITS.topics) {
      ctx.addIssue({ code: "custom", message: nv.topicsMax(ARTICLE_LIMITS.topics) });
    }
    for (const name of names) {
      if (name.length > ARTICLE_LIMITS.topicName) {
        ctx.addIssue({ code: "custom", message: nv.topicMax(ARTICLE_LIMITS.topicName) });
      } else if (slugify(name) === "") {
        ctx.addIssue({ code: "custom", message: nv.topicInvalid(name) });
      }
    }
  });

const scheduleAtRule = z
  .string()
  .prefault("")
  .transform((value) => value.trim());

/**
 * The editor form. `slug` left empty is proposed from the headline; `authorId` empty is the
 * byline "Redaktion"; `revision` is the one the form was loaded at (0 for a new article).
 * The button pressed is `intent`; "schedule" and "scheduleStaged" need `scheduleAt` (Vienna
 * wall-clock time).
 */
export const articleSchema = z
  .object({
    id: optionalIdRule(v.articleInvalid),
    revision: z
      .string()
      .prefault("0")
      .refine((value) => /^[0-9]{1,9}$/.test(value))
      .transform(Number),
    intent: z.enum(formIntents),
    sectionId: idRule(nv.sectionMissing),
    kicker: lineRule(ARTICLE_LIMITS.kicker, nv.kickerMax(ARTICLE_LIMITS.kicker)),
    headline: requiredLineRule(
      ARTICLE_LIMITS.headline,
      nv.headlineMissing,
      nv.headlineMax(ARTICLE_LIMITS.headline),
    ),
    teaser: z
      .string({ message: nv.teaserMissing })
      .transform(cleanSingleLine)
      .pipe(
        z
          .string()
          .min(1, nv.teaserMissing)
          .max(ARTICLE_LIMITS.teaser, nv.teaserMax(ARTICLE_LIMITS.teaser)),
      ),
    body: z
      .string({ message: nv.bodyMissing })
      // Markdown gets the comment text's cleaning: NFC, Unix line breaks, no control characters.
      .transform(cleanCommentText)
      .pipe(
        z.string().min(1, nv.bodyMissing).max(ARTICLE_LIMITS.body, nv.bodyMax(ARTICLE_LIMITS.body)),
      ),
    authorId: optionalIdRule(nv.authorInvalid),
    topics: topicsRule,
    slug: z
      .string()
      .prefault("")
      .transform((value) => value.trim())
      .pipe(
        z
          .string()
          .max(ARTICLE_LIMITS.slug, nv.slugMax(ARTICLE_LIMITS.slug))
          .refine((value) => value === "" || SLUG_PATTERN.test(value), nv.slugInvalid),
      ),
    commentsClosed: checkbox,
    seoTitle: lineRule(ARTICLE_LIMITS.seoTitle, nv.seoTitleMax(ARTICLE_LIMITS.seoTitle)),
    seoDescription: lineRule(
      ARTICLE_LIMITS.seoDescription,
      nv.seoDescriptionMax(ARTICLE_LIMITS.seoDescription),
    ),
    minor: checkbox,
    scheduleAt: scheduleAtRule,
  })
  .transform((form, ctx) => {
    const slug = form.slug === "" ? slugify(form.headline, ARTICLE_LIMITS.slug) : form.slug;
    if (slug === "") {
      ctx.addIssue({ code: "custom", path: ["slug"], message: nv.slugEmpty });
      return z.NEVER;
    }
    let scheduleAt: number | null = null;
    if (form.intent === "schedule" || form.intent === "scheduleStaged") {
      if (form.scheduleAt === "") {
        ctx.addIssue({ code: "custom", path: ["scheduleAt"], message: nv.scheduleMissing });
        return z.NEVER;
      }
      scheduleAt = parseViennaLocalInput(form.scheduleAt);
      if (scheduleAt === null) {
        ctx.addIssue({ code: "custom", path: ["scheduleAt"], message: nv.scheduleInvalid });
        return z.NEVER;
      }
    }
    const fields: ArticleFields = {
      sectionId: form.sectionId,
      kicker: form.kicker,
      headline: form.headline,
      teaser: form.teaser,
      body: form.body,
      authorId: form.authorId,
      topics: form.topics,
      slug,
      commentsClosed: form.commentsClosed,
      seoTitle: form.seoTitle,
      seoDescription: form.seoDescription,
    };
    return {
      id: form.id,
      revision: form.revision,
      intent: form.intent,
      minor: form.minor,
      scheduleAt,
      fields,
    };
  });

export type ArticleInput = z.output<typeof articleSchema>;

/** The first message per field of a refused form, for the messages beside each field. */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    const key = typeof field === "string" ? field : "form";
    messages[key] ??= issue.message || t.admin.invalidInput;
  }
  return messages;
}

/** Withdrawing or republishing an article: its id and the revision the page showed. */
export const articleStatusSchema = z.object({ id: idRule(v.articleInvalid) });

/** Discarding staged changes: the article and the revision the page showed. */
export const discardStagedSchema = z.object({
  id: idRule(v.articleInvalid),
  expected: z
    .string()
    .regex(/^[0-9]{1,9}$/)
    .transform(Number),
});

/** Restoring a revision: the article, the revision, and the revision the page showed as current. */
export const restoreRevisionSchema = z.object({
  id: idRule(v.articleInvalid),
  revision: idRule(),
  expected: z
    .string()
    .regex(/^[0-9]{1,9}$/)
    .transform(Number),
});

// ---- Authors and topics (the newsroom's /admin/autoren and /admin/themen) --------------------

export const PEOPLE_LIMITS = { nameMax: 100, slugMax: 80, roleMax: 100, bioMax: 1000 } as const;

/** The fields of the author and topic forms, in the order their refusals are reported. */
export type PeopleField = "name" | "slug" | "role" | "bio";

const peopleName = z
  .string()
  .prefault("")
  .transform(cleanSingleLine)
  .pipe(z.string().min(1).max(PEOPLE_LIMITS.nameMax));

/** An optional id: present when the form edits an existing row. */
const editedId = z
  .string()
  .optional()
  .transform((value, ctx) => (value === undefined || value === "" ? null : toId(value, ctx)));

/**
 * A slug as lib/slug.ts makes them (lowercase ASCII words joined by single dashes); left empty,
 * it is made from the name. Uniqueness is the database's question (db/queries/newsroom-people).
 */
function withSlug<T extends { name: string; slug: string }>(form: T, ctx: z.RefinementCtx): T {
  const slug = form.slug === "" ? slugify(form.name, PEOPLE_LIMITS.slugMax) : form.slug;
  if (!SLUG_PATTERN.test(slug) || slug.length > PEOPLE_LIMITS.slugMax) {
    ctx.addIssue({ code: "custom", path: ["slug"] });
    return z.NEVER;
  }
  return { ...form, slug };
}

const peopleSlug = z
  .string()
  .prefault("")
  .transform((value) => value.trim());

export const topicSchema = z
  .object({ id: editedId, name: peopleName, slug: peopleSlug })
  .transform(withSlug);

export const authorSchema = z
  .object({
    id: editedId,
    name: peopleName,
    slug: peopleSlug,
    role: z
      .string()
      .prefault("")
      .transform(cleanSingleLine)
      .pipe(z.string().max(PEOPLE_LIMITS.roleMax)),
    bio: z
      .string()
      .prefault("")
      .transform((value) => value.replace(/\r\n?/g, "\n").trim())
      .pipe(z.string().max(PEOPLE_LIMITS.bioMax)),
    isColumnist: checkbox,
  })
  .transform(withSlug);

export type TopicInput = z.output<typeof topicSchema>;
export type AuthorInput = z.output<typeof authorSchema>;

/** The first refused field of an author or topic form, for the message beside it. */
export function refusedPeopleField(schema: z.ZodType, fields: FormFields): PeopleField | null {
  const result = schema.safeParse(fields);
  if (result.success) return null;
  const field = result.error.issues[0]?.path[0];
  return field === "name" || field === "slug" || field === "role" || field === "bio" ? field : null;
}
