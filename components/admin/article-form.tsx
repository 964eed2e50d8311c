"use client";

import { useActionState, useState, type FormEvent } from "react";
import { t } from "@/lib/i18n";
import { ARTICLE_LIMITS, type FormIntent } from "@/lib/newsroom";
import { saveArticleAction } from "./article-actions";
import { ArticleInput, ArticleSelect, ArticleTextArea } from "./article-field";
import type { ArticleFormState } from "./article-form-state";

// The article editor. It answers in place (useActionState): a refused save shows the form again
// with everything typed and the messages beside the fields. Without JavaScript it is a plain
// form post to the server action, and the page renders with the same answer.

const n = t.newsroom;

export interface ArticleFormProps {
  /** null for a new article. */
  articleId: number | null;
  /** The fields as strings, the way the form posts them. */
  values: Record<string, string>;
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  topics: string[];
  /** The buttons this staff member may use on this article. */
  intents: FormIntent[];
  /** Published: a save publishes the change, and may be marked as a minor one. */
  published: boolean;
  /** Has been public: a changed slug leaves the old one redirecting. */
  slugPublished: boolean;
  /** Where the form posts without JavaScript (its own page). */
  permalink: string;
}

const LIMITED = {
  kicker: ARTICLE_LIMITS.kicker,
  headline: ARTICLE_LIMITS.headline,
  teaser: ARTICLE_LIMITS.teaser,
  body: ARTICLE_LIMITS.body,
  seoTitle: ARTICLE_LIMITS.seoTitle,
  seoDescription: ARTICLE_LIMITS.seoDescription,
} as const;

function counts(values: Record<string, string>): Record<string, number> {
  return Object.fromEntries(Object.keys(LIMITED).map((key) => [key, values[key]?.length ?? 0]));
}

export function ArticleForm(props: ArticleFormProps) {
  const [state, action, pending] = useActionState<ArticleFormState, FormData>(
    saveArticleAction,
    { values: props.values, errors: {}, message: null, at: 0 },
    props.permalink,
  );
  const values = state.values;
  const [typed, setTyped] = useState<{ at: number; counts: Record<string, number> }>({
    at: state.at,
    counts: counts(values),
  });
  // A new answer re-mounts the form with its values; the counts start from them.
  const used = typed.at === state.at ? typed.counts : counts(values);
  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (!Object.hasOwn(LIMITED, target.name)) return;
    setTyped({ at: state.at, counts: { ...used, [target.name]: target.value.length } });
  };
  const field = (name: keyof typeof LIMITED) => ({
    id: `article-${name}`,
    name,
    max: LIMITED[name],
    count: used[name],
    error: state.errors[name],
    defaultValue: values[name] ?? "",
  });
  const button = (intent: FormIntent) =>
    props.intents.includes(intent) ? (
      <button type="submit" name="intent" value={intent} disabled={pending}>
        {intent === "saveDraft" && props.published ? n.savePublished : n.actions[intent]}
      </button>
    ) : null;
  return (
    <form
      key={state.at}
      action={action}
      onInput={onInput}
      className="admin-form article-form"
      aria-describedby={state.message ? "article-form-message" : undefined}
    >
      <div role="alert" aria-live="assertive">
        {state.message ? (
          <p className="notice notice--error" id="article-form-message">
            {state.message}
            {state.compare ? (
              <>
                {" "}
                <a href={state.compare} target="_blank" rel="noopener">
                  {n.conflictCompare}
                </a>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
      {props.articleId !== null ? (
        <input type="hidden" name="id" value={String(props.articleId)} />
      ) : null}
      <input type="hidden" name="revision" value={values.revision ?? "0"} />
      <ArticleSelect
        id="article-sectionId"
        name="sectionId"
        label={n.section}
        required
        defaultValue={values.sectionId ?? ""}
        error={state.errors.sectionId}
        options={props.sections.map((s) => [String(s.id), s.name] as const)}
      />
      <ArticleInput label={n.kicker} {...field("kicker")} />
      <ArticleInput label={n.headline} required {...field("headline")} />
      <ArticleTextArea label={n.teaser} required rows={3} {...field("teaser")} />
      <ArticleTextArea label={n.body} hint={n.bodyHint} required rows={18} {...field("body")} />
      <ArticleSelect
        id="article-authorId"
        name="authorId"
        label={n.author}
        defaultValue={values.authorId ?? ""}
        error={state.errors.authorId}
        options={[
          ["", n.newsroomAuthor] as const,
          ...props.authors.map((a) => [String(a.id), a.name] as const),
        ]}
      />
      <ArticleInput
        id="article-topics"
        name="topics"
        label={n.topics}
        hint={n.topicsHint(ARTICLE_LIMITS.topics)}
        list="article-topic-names"
        autoComplete="off"
        defaultValue={values.topics ?? ""}
        error={state.errors.topics}
      />
      <datalist id="article-topic-names">
        {props.topics.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ArticleInput
        id="article-slug"
        name="slug"
        label={n.slug}
        hint={props.slugPublished ? n.slugFixedHint : n.slugHint}
        max={ARTICLE_LIMITS.slug}
        autoComplete="off"
        spellCheck={false}
        defaultValue={values.slug ?? ""}
        error={state.errors.slug}
      />
      <div className="field field--checkbox">
        <input
          id="article-commentsClosed"
          type="checkbox"
          name="commentsClosed"
          value="ja"
          defaultChecked={values.commentsClosed === "ja"}
        />
        <label htmlFor="article-commentsClosed">{n.commentsClosed}</label>
      </div>
      <ArticleInput label={n.seoTitle} {...field("seoTitle")} />
      <ArticleTextArea label={n.seoDescription} rows={2} {...field("seoDescription")} />
      {props.published ? (
        <div className="field field--checkbox">
          <input id="article-minor" type="checkbox" name="minor" value="ja" />
          <label htmlFor="article-minor">{n.minor}</label>
        </div>
      ) : null}
      {props.intents.includes("schedule") || props.intents.includes("scheduleStaged") ? (
        <ArticleInput
          id="article-scheduleAt"
          name="scheduleAt"
          type="datetime-local"
          label={n.scheduleAt}
          defaultValue={values.scheduleAt ?? ""}
          error={state.errors.scheduleAt}
        />
      ) : null}
      <div className="article-form__buttons">
        {button("saveDraft")}
        {button("submit")}
        {button("publish")}
        {button("schedule")}
        {button("stage")}
        {button("scheduleStaged")}
      </div>
    </form>
  );
}
