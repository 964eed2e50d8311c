import { Pagination } from "@/components/listing/pagination";
import type { CommentPage } from "@/lib/comment-thread";
import { t } from "@/lib/i18n";
import { CommentForm, type CommentFormLabels } from "./comment-form";

const c = t.comments;
const formLabels: CommentFormLabels = {
  body: c.body,
  cancelReply: c.cancelReply,
  email: c.email,
  emailNote: c.emailNote,
  formTitle: c.formTitle,
  honeypot: c.honeypot,
  moderationNote: c.moderationNote,
  name: c.name,
  pending: c.pending,
  replyTitle: c.replyTitle("{name}"),
  required: c.required,
  submit: c.submit,
  submitReply: c.submitReply,
  thanksApproved: c.thanksApproved,
  thanksPending: c.thanksPending,
  yourComment: c.yourComment,
};
import { CommentList } from "./comment-list";

/** The approved discussion under an article, with the form (or the note that it is closed). */
export function CommentsSection({
  articleId,
  articleUrl,
  comments,
  commentsOpen,
  replyTo,
}: {
  articleId: number;
  articleUrl: string;
  comments: CommentPage;
  commentsOpen: boolean;
  replyTo: { id: number; name: string } | null;
}) {
  const permalink = `${articleUrl}${replyTo ? `?antworten=${replyTo.id}` : ""}#kommentar-formular`;
  return (
    <section className="comments" id="kommentare" aria-labelledby="comments-title">
      <h2 id="comments-title">
        {comments.total > 0 ? t.comments.count(comments.total) : t.comments.title}
      </h2>
      {comments.total === 0 ? <p>{t.comments.none}</p> : null}
      <CommentList threads={comments.threads} articleUrl={articleUrl} canReply={commentsOpen} />
      <Pagination
        base={articleUrl}
        page={comments.page}
        pageCount={comments.pageCount}
        hrefFor={(n) =>
          n === 1 ? `${articleUrl}#kommentare` : `${articleUrl}?kommentare=${n}#kommentare`
        }
        label={t.comments.pagination}
      />
      {commentsOpen ? (
        <CommentForm
          articleId={articleId}
          startUrl={`${articleUrl}/kommentar-start?artikel=${articleId}`}
          replyTo={replyTo}
          permalink={permalink}
          labels={formLabels}
        />
      ) : (
        <p className="notice">{t.comments.closed}</p>
      )}
    </section>
  );
}
