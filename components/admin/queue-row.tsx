import Link from "next/link";
import { TimeStamp } from "@/components/time-stamp";
import type { QueueRow } from "@/db/queries/moderation-queue";
import { t } from "@/lib/i18n";
import { nextStatus, type ModerationAction } from "@/lib/moderation";

const ROW_ACTIONS: ModerationAction[] = ["approve", "unapprove", "spam", "trash", "restore"];

/** One comment in the queue, with the actions that apply to its status. */
export function QueueRowView({ row }: { row: QueueRow }) {
  const labelId = `row-${row.id}-title`;
  return (
    <li className="queue-row" data-queue-row tabIndex={0} aria-labelledby={labelId}>
      <div className="queue-row__select">
        <input
          type="checkbox"
          name="ids"
          value={row.id}
          id={`select-${row.id}`}
          aria-label={t.admin.select(row.authorName)}
        />
      </div>
      <div className="queue-row__main">
        <p className="queue-row__meta" id={labelId}>
          <strong>{row.authorName}</strong>
          {row.isStaff ? (
            <span className="comment__badge">{t.comments.staffBadge}</span>
          ) : null}{" "}
          {row.authorEmail ? <a href={`mailto:${row.authorEmail}`}>{row.authorEmail}</a> : null} ·{" "}
          <TimeStamp ms={row.createdAt} /> · #{row.id}
        </p>
        <p className="queue-row__article">
          <Link href={`/admin/kommentare?artikel=${row.articleId}`}>{row.articleHeadline}</Link> ·{" "}
          <a href={`${row.articleUrl}#kommentar-${row.id}`} target="_blank" rel="noopener">
            {t.admin.inContext}
          </a>{" "}
          ·{" "}
          <Link
            href={`/admin/kommentare?status=${statusSlug(row.status)}&client=${row.ipHash}`}
            title={t.admin.clientComments}
          >
            {t.admin.filterClient} {row.ipHash.slice(0, 10)}
          </Link>
        </p>
        {row.parentId !== null && row.parentAuthor !== null ? (
          <blockquote className="queue-row__parent">
            <p>{t.admin.inReplyTo(row.parentAuthor)}</p>
            <p>{(row.parentBody ?? "").slice(0, 300)}</p>
          </blockquote>
        ) : null}
        <p className="queue-row__body">{row.body}</p>
        <div className="queue-row__actions">
          {ROW_ACTIONS.filter((a) => nextStatus(a, row.status) !== null).map((a) => (
            <button
              key={a}
              type="submit"
              name="op"
              value={`${a}:${row.id}`}
              className={`action action--${a}`}
            >
              {t.admin.actions[a]}
            </button>
          ))}
          <Link href={`/admin/kommentare/${row.id}`} data-edit className="action-link">
            {t.admin.actions.edit}
          </Link>
          {row.status === "approved" ? (
            <Link href={`/admin/kommentare/${row.id}#antworten`} className="action-link">
              {t.admin.actions.reply}
            </Link>
          ) : null}
          {row.status === "spam" || row.status === "trash" ? (
            <Link
              href={`/admin/kommentare/${row.id}#loeschen`}
              className="action-link action-link--danger"
            >
              {t.admin.actions.delete} …
            </Link>
          ) : null}
        </div>
      </div>
    </li>
  );
}

export function statusSlug(status: QueueRow["status"]): string {
  return { pending: "ausstehend", approved: "freigegeben", spam: "spam", trash: "papierkorb" }[
    status
  ];
}
