import Link from "next/link";
import {
  discardStagedAction,
  republishArticleAction,
  withdrawArticleAction,
} from "@/components/admin/article-actions";
import type { EditorArticle, EditorOptions } from "@/db/queries/newsroom";
import type { StaffMember } from "@/db/queries/staff";
import { formatDateTime } from "@/lib/dates";
import { t } from "@/lib/i18n";
import {
  allowedActions,
  formIntents,
  toViennaLocalInput,
  type ArticleFields,
  type FormIntent,
} from "@/lib/newsroom";
import { articlePath } from "@/lib/seo/site";
import { ArticleForm } from "./article-form";

// The editor page's parts around the form: the article's status and the buttons that change
// only the status (withdraw, republish), each a plain form.

const n = t.newsroom;

/** The form's values (strings, as posted) for these fields. */
export function formValues(
  fields: ArticleFields,
  extra: { revision: number; scheduleAt?: number | null },
): Record<string, string> {
  return {
    revision: String(extra.revision),
    sectionId: String(fields.sectionId),
    kicker: fields.kicker,
    headline: fields.headline,
    teaser: fields.teaser,
    body: fields.body,
    authorId: fields.authorId === null ? "" : String(fields.authorId),
    topics: fields.topics.join(", "),
    slug: fields.slug,
    commentsClosed: fields.commentsClosed ? "ja" : "",
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
    scheduleAt:
      extra.scheduleAt === null || extra.scheduleAt === undefined
        ? ""
        : toViennaLocalInput(extra.scheduleAt),
  };
}

/** The status, the last change, the preview link (and the public one while readers see it). */
export function ArticleStatus({ article }: { article: EditorArticle }) {
  return (
    <>
      <dl className="article-status">
        <dt>{n.status}</dt>
        <dd data-status={article.status}>
          {n.statusName[article.status]}
          {article.status === "scheduled" && !article.isPublic
            ? ` – ${n.scheduledFor(formatDateTime(article.publishedAt))}`
            : null}
        </dd>
        <dt>{n.revision(article.revision)}</dt>
        <dd>
          {article.changedAt !== null
            ? n.lastChange(formatDateTime(article.changedAt), article.changedByName ?? "–")
            : "–"}
        </dd>
      </dl>
      <p className="article-links">
        <Link href={`/admin/artikel/${article.id}/vorschau`} prefetch={false}>
          {n.preview}
        </Link>
        {" · "}
        <Link href={`/admin/artikel/${article.id}/versionen`} prefetch={false}>
          {n.revisionsLink}
        </Link>
        {article.isPublic ? (
          <>
            {" · "}
            <Link
              href={articlePath({ sectionSlug: article.sectionSlug, slug: article.fields.slug })}
              prefetch={false}
            >
              {n.viewPublic}
            </Link>
          </>
        ) : null}
      </p>
    </>
  );
}

export function ArticleEditor({
  staff,
  article,
  options,
}: {
  staff: StaffMember;
  article: EditorArticle;
  options: EditorOptions;
}) {
  const subject = { status: article.status, own: article.createdBy === staff.id };
  const allowed = allowedActions(staff.role, subject);
  // Changes are staged only while readers see the article; otherwise a save is private anyway.
  const intents = formIntents.filter(
    (intent): intent is FormIntent =>
      allowed.includes(intent) &&
      (article.isPublic || (intent !== "stage" && intent !== "scheduleStaged")),
  );
  const staged = article.staged;
  return (
    <>
      <ArticleStatus article={article} />
      {staged ? (
        <div className="notice notice--staged" role="status">
          <p>{n.stagedNotice(staged.staffName, formatDateTime(staged.createdAt))}</p>
          {staged.at !== null ? <p>{n.stagedScheduled(formatDateTime(staged.at))}</p> : null}
        </div>
      ) : null}
      {intents.includes("stage") ? <p className="field__hint">{n.stagedHint}</p> : null}
      <ArticleForm
        articleId={article.id}
        // With staged changes the form holds them: they are what the next save publishes.
        values={formValues(staged?.fields ?? article.fields, {
          revision: article.revision,
          scheduleAt:
            staged?.at ??
            (article.status === "scheduled" && !article.isPublic ? article.publishedAt : null),
        })}
        sections={options.sections}
        authors={options.authors}
        topics={options.topics}
        intents={intents}
        published={article.isPublic}
        slugPublished={article.hasBeenPublic}
        permalink={`/admin/artikel/${article.id}`}
      />
      {staged && allowed.includes("discardStaged") ? (
        <form action={discardStagedAction} className="admin-form article-status-form">
          <input type="hidden" name="id" value={article.id} />
          <input type="hidden" name="expected" value={article.revision} />
          <button type="submit">{n.actions.discardStaged}</button>
        </form>
      ) : null}
      {allowed.includes("withdraw") ? (
        <form action={withdrawArticleAction} className="admin-form article-status-form">
          <input type="hidden" name="id" value={article.id} />
          <button type="submit">{n.actions.withdraw}</button>
        </form>
      ) : null}
      {allowed.includes("republish") ? (
        <form action={republishArticleAction} className="admin-form article-status-form">
          <input type="hidden" name="id" value={article.id} />
          <button type="submit">{n.actions.republish}</button>
        </form>
      ) : null}
    </>
  );
}
