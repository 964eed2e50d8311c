"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { COMMENT_LIMITS, type CommentField } from "@/lib/comment-limits";
import { submitComment } from "./actions";
import { initialCommentFormState } from "./form-state";

/**
 * The form's words, handed in by the server component, so the browser does not download the
 * whole dictionary. `replyTitle` holds "{name}".
 */
export interface CommentFormLabels {
  body: string;
  cancelReply: string;
  email: string;
  emailNote: string;
  formTitle: string;
  honeypot: string;
  moderationNote: string;
  name: string;
  pending: string;
  replyTitle: string;
  required: string;
  submit: string;
  submitReply: string;
  thanksApproved: string;
  thanksPending: string;
  yourComment: string;
}

interface ReplyTarget {
  id: number;
  name: string;
}

/**
 * The reader's comment form. Without JavaScript it is a plain POST to the server action and the
 * page comes back with the result; with it, no reload, a pending button, announced messages and
 * focus on the first field in error. "Antworten" links are taken over to open the reply here.
 */
export function CommentForm({
  articleId,
  startUrl,
  replyTo: initialReplyTo,
  permalink,
  labels,
}: {
  labels: CommentFormLabels;
  articleId: number;
  /** The form's 1×1 image, which marks when the form was first shown (lib/form-token.ts). */
  startUrl: string;
  replyTo: ReplyTarget | null;
  permalink: string;
}) {
  const [state, formAction, pending] = useActionState(
    submitComment,
    initialCommentFormState,
    permalink,
  );
  const [replyTo, setReplyTo] = useState<ReplyTarget | null>(initialReplyTo);
  // No token in the cached page: its time would be the render's, not the reader's.
  const [token, setToken] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const tokenRequest = useRef<Promise<void> | null>(null);
  const tokenReady = useRef(true);
  const tokenInput = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  const errors = state.status === "error" ? state.errors : {};
  const values = state.status === "error" ? state.values : null;

  // A new token from the server (after each submission) replaces the old one.
  const [seenState, setSeenState] = useState(state);
  if (seenState !== state) {
    setSeenState(state);
    if (state.status !== "idle") setToken(state.token);
    if (state.status === "success") setReplyTo(null);
  }

  useEffect(() => {
    if (state.status === "error") {
      const first = (["name", "email", "body"] as CommentField[]).find((f) => state.errors[f]);
      const field = first ? formRef.current?.elements.namedItem(first) : null;
      if (field instanceof HTMLElement) field.focus();
      else statusRef.current?.focus();
    } else if (state.status === "success") {
      formRef.current?.reset();
      statusRef.current?.focus();
    }
  }, [state]);

  // "Antworten" links elsewhere on the page open the reply in this form instead of navigating.
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const link = (event.target as Element | null)?.closest?.("a[data-reply-id]");
      if (!(link instanceof HTMLAnchorElement) || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      event.preventDefault();
      setReplyTo({ id: Number(link.dataset.replyId), name: link.dataset.replyName ?? "" });
      formRef.current?.scrollIntoView({ block: "start" });
      (formRef.current?.elements.namedItem("body") as HTMLElement | null)?.focus({
        preventScroll: true,
      });
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  // With JavaScript the fill time can also count from when the reader starts writing.
  function startWriting() {
    if (tokenRequest.current) return;
    tokenReady.current = false;
    tokenRequest.current = fetch(`/api/kommentar-token?artikel=${articleId}`, { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ token: string }>) : null))
      .then((data) => {
        if (data?.token) {
          if (tokenInput.current) tokenInput.current.value = data.token;
          setToken(data.token);
        }
      })
      .catch(() => undefined)
      .finally(() => {
        tokenReady.current = true;
      });
  }

  // Send with the fresh token: if it is still on its way, wait for it and submit again.
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    if (tokenReady.current || !tokenRequest.current) return;
    event.preventDefault();
    void tokenRequest.current.then(() => formRef.current?.requestSubmit());
  }

  const describedBy = (field: CommentField, hint?: string) =>
    [errors[field] ? `comment-${field}-error` : null, hint].filter(Boolean).join(" ") || undefined;

  return (
    <form
      ref={formRef}
      action={formAction}
      className="comment-form"
      id="kommentar-formular"
      aria-labelledby="comment-form-title"
      noValidate
      onFocus={startWriting}
      onSubmit={onSubmit}
    >
      <h3 id="comment-form-title" className="comment-form__title">
        {replyTo ? labels.replyTitle.replace("{name}", replyTo.name) : labels.formTitle}
      </h3>
      <p className="comment-form__note">
        {labels.emailNote} {labels.moderationNote}
      </p>
      <div
        ref={statusRef}
        tabIndex={-1}
        aria-live="polite"
        role="status"
        className="comment-form__status"
      >
        {state.status === "success" ? (
          <div className="notice notice--success">
            <p>{state.approved ? labels.thanksApproved : labels.thanksPending}</p>
            <p className="comment-form__echo-label">{labels.yourComment}</p>
            <blockquote className="comment-form__echo">{state.submittedBody}</blockquote>
          </div>
        ) : null}
        {state.status === "error" ? <p className="notice notice--error">{state.message}</p> : null}
      </div>

      {/* Loaded by every browser, with or without JavaScript; never cached. */}
      {/* eslint-disable-next-line @next/next/no-img-element -- a 1×1 marker, not content */}
      <img className="comment-form__start" src={startUrl} alt="" width={1} height={1} />
      <input type="hidden" name="articleId" value={articleId} />
      <input ref={tokenInput} type="hidden" name="token" value={token} />
      {replyTo ? (
        <div className="comment-form__reply">
          <input type="hidden" name="parentId" value={replyTo.id} />
          {errors.parentId ? <p className="field-error">{errors.parentId}</p> : null}
          <a
            href={permalink.replace(/\?.*$/, "").replace(/#.*$/, "") + "#kommentar-formular"}
            onClick={(e) => {
              e.preventDefault();
              setReplyTo(null);
            }}
          >
            {labels.cancelReply}
          </a>
        </div>
      ) : null}

      <FormField field="name" label={labels.name} required={labels.required} error={errors.name}>
        <input
          id="comment-name"
          name="name"
          type="text"
          autoComplete="name"
          required
          minLength={COMMENT_LIMITS.nameMin}
          maxLength={COMMENT_LIMITS.nameMax}
          defaultValue={values?.name}
          key={`name-${state.status}-${values?.name ?? ""}`}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy("name")}
        />
      </FormField>
      <FormField
        field="email"
        label={labels.email}
        required={labels.required}
        error={errors.email}
        hint={labels.emailNote}
      >
        <input
          id="comment-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={COMMENT_LIMITS.emailMax}
          defaultValue={values?.email}
          key={`email-${state.status}-${values?.email ?? ""}`}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy("email", "comment-email-hint")}
        />
      </FormField>
      <FormField field="body" label={labels.body} required={labels.required} error={errors.body}>
        <textarea
          id="comment-body"
          name="body"
          rows={6}
          required
          maxLength={COMMENT_LIMITS.bodyMax}
          defaultValue={values?.body}
          key={`body-${state.status}-${values?.body.length ?? 0}`}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={describedBy("body")}
        />
      </FormField>
      {/* Honeypot: hidden from people and screen readers; bots fill it in. */}
      <div className="comment-form__hp" aria-hidden="true">
        <label htmlFor="comment-website">{labels.honeypot}</label>
        <input id="comment-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? labels.pending : replyTo ? labels.submitReply : labels.submit}
      </button>
    </form>
  );
}

/** Label, control, optional hint and the German error beside it (ids match aria-describedby). */
function FormField({
  field,
  label,
  required,
  error,
  hint,
  children,
}: {
  field: CommentField;
  label: string;
  required: string;
  error?: string;
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={`comment-${field}`}>
        {label} <span className="field__required">({required})</span>
      </label>
      {children}
      {hint ? (
        <p className="field__hint" id={`comment-${field}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`comment-${field}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
