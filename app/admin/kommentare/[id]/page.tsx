import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { editCommentAction, moderate, replyAction } from "@/components/admin/actions";
import { requireStaffPage } from "@/components/admin/auth";
import { AuditTable } from "@/components/admin/audit-table";
import { ConfirmDeleteBox, InputField, TextAreaField } from "@/components/admin/field";
import { Forbidden } from "@/components/admin/newsroom-forbidden";
import { AdminNotice } from "@/components/admin/notice";
import { statusSlug } from "@/components/admin/queue-row";
import { TimeStamp } from "@/components/time-stamp";
import { listAudit } from "@/db/queries/audit";
import { findComment } from "@/db/queries/moderation-queue";
import { t } from "@/lib/i18n";
import { moderationActions, nextStatus } from "@/lib/moderation";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/route-params";
import { COMMENT_LIMITS } from "@/lib/validation";
import type { SearchParams } from "@/lib/search-params";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  return { title: id !== null ? t.admin.editTitle(id) : t.admin.comments };
}

export default async function CommentDetailPage({ params, searchParams }: Props) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "moderate")) return <Forbidden title={t.admin.comments} />;
  const id = parseId((await params).id);
  if (id === null) notFound();
  const comment = findComment(id);
  if (!comment) notFound();
  const query = await searchParams;
  const history = listAudit({ commentId: comment.id, page: 1 });
  const self = `/admin/kommentare/${comment.id}`;

  return (
    <div className="comment-detail">
      <p>
        <Link href={`/admin/kommentare?status=${statusSlug(comment.status)}`}>
          ← {t.admin.comments}
        </Link>
      </p>
      <h1>{t.admin.editTitle(comment.id)}</h1>
      <AdminNotice query={query} />
      <p className="queue-row__meta">
        <strong>{comment.authorName}</strong>{" "}
        {comment.authorEmail ? (
          <a href={`mailto:${comment.authorEmail}`}>{comment.authorEmail}</a>
        ) : null}{" "}
        · <TimeStamp ms={comment.createdAt} /> · {t.admin.statusName[comment.status]}
      </p>
      <p>
        {comment.articleHeadline} ·{" "}
        <a href={`${comment.articleUrl}#kommentar-${comment.id}`} target="_blank" rel="noopener">
          {t.admin.inContext}
        </a>
      </p>
      {comment.parentAuthor !== null ? (
        <blockquote className="queue-row__parent">
          <p>{t.admin.inReplyTo(comment.parentAuthor)}</p>
          <p>{comment.parentBody}</p>
        </blockquote>
      ) : null}

      <form action={moderate} className="detail-actions">
        <input type="hidden" name="returnTo" value={self} />
        {moderationActions
          .filter((a) => a !== "delete" && nextStatus(a, comment.status) !== null)
          .map((a) => (
            <button key={a} type="submit" name="op" value={`${a}:${comment.id}`}>
              {t.admin.actions[a]}
            </button>
          ))}
      </form>

      <section aria-labelledby="edit-title" className="admin-section">
        <h2 id="edit-title">{t.admin.actions.edit}</h2>
        <form action={editCommentAction} className="admin-form">
          <input type="hidden" name="id" value={comment.id} />
          <InputField
            id="edit-name"
            label={t.comments.name}
            name="name"
            defaultValue={comment.authorName}
            required
            maxLength={COMMENT_LIMITS.nameMax}
          />
          <TextAreaField
            id="edit-body"
            label={t.comments.body}
            name="body"
            rows={6}
            defaultValue={comment.body}
            required
            maxLength={COMMENT_LIMITS.bodyMax}
          />
          <button type="submit">{t.admin.save}</button>
        </form>
      </section>

      {comment.status === "approved" ? (
        <section aria-labelledby="antworten" className="admin-section">
          <h2 id="antworten">{t.admin.actions.reply}</h2>
          <form action={replyAction} className="admin-form">
            <input type="hidden" name="parentId" value={comment.id} />
            <input type="hidden" name="returnTo" value={self} />
            <TextAreaField
              id="reply-body"
              label={t.admin.replyLabel}
              name="body"
              rows={4}
              required
              maxLength={COMMENT_LIMITS.bodyMax}
            />
            <button type="submit">{t.admin.replySubmit}</button>
          </form>
        </section>
      ) : null}

      {comment.status === "spam" || comment.status === "trash" ? (
        <section aria-labelledby="loeschen" className="admin-section">
          <h2 id="loeschen">{t.admin.actions.delete}</h2>
          <form action={moderate} className="admin-form">
            <input
              type="hidden"
              name="returnTo"
              value={`/admin/kommentare?status=${statusSlug(comment.status)}`}
            />
            <ConfirmDeleteBox />{" "}
            <button
              type="submit"
              name="op"
              value={`delete:${comment.id}`}
              className="action--delete"
            >
              {t.admin.actions.delete}
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="history-title" className="admin-section">
        <h2 id="history-title">{t.admin.history}</h2>
        <AuditTable rows={history.rows} />
      </section>
    </div>
  );
}
