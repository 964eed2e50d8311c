import { TimeStamp } from "@/components/time-stamp";
import { commentSegments } from "@/lib/comment-text";
import type { ThreadNode } from "@/lib/comment-thread";
import { t } from "@/lib/i18n";

/** Comment text as escaped plain text: paragraphs, line breaks, and links readers may not trust. */
function CommentBody({ body }: { body: string }) {
  return (
    <div className="comment__body">
      {commentSegments(body).map((paragraph, i) => (
        <p key={i}>
          {paragraph.map((segment, j) =>
            segment.type === "break" ? (
              <br key={j} />
            ) : segment.type === "link" ? (
              <a key={j} href={segment.href} rel="nofollow ugc noopener" target="_blank">
                {segment.text}
              </a>
            ) : (
              segment.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}

export function CommentList({
  threads,
  articleUrl,
  canReply,
}: {
  threads: ThreadNode[];
  articleUrl: string;
  canReply: boolean;
}) {
  return (
    <ol className="comment-list">
      {threads.map((node) => (
        <CommentItem key={node.id} node={node} articleUrl={articleUrl} canReply={canReply} />
      ))}
    </ol>
  );
}

function CommentItem({
  node,
  articleUrl,
  canReply,
}: {
  node: ThreadNode;
  articleUrl: string;
  canReply: boolean;
}) {
  return (
    <li className={`comment comment--depth-${node.depth}`}>
      <article
        id={`kommentar-${node.id}`}
        className={node.isStaff ? "comment__card comment__card--staff" : "comment__card"}
      >
        <header className="comment__header">
          <span className="comment__author">{node.authorName}</span>
          {node.isStaff ? <span className="comment__badge">{t.comments.staffBadge}</span> : null}
          <a className="comment__date" href={`#kommentar-${node.id}`}>
            <TimeStamp ms={node.createdAt} />
          </a>
        </header>
        <CommentBody body={node.body} />
        {canReply ? (
          <a
            className="comment__reply"
            href={`${articleUrl}?antworten=${node.id}#kommentar-formular`}
            data-reply-id={node.id}
            data-reply-name={node.authorName}
            rel="nofollow"
            aria-label={t.comments.replyTo(node.authorName)}
          >
            {t.comments.reply}
          </a>
        ) : null}
      </article>
      {node.replies.length > 0 ? (
        <ol className="comment-list comment-list--replies">
          {node.replies.map((reply) => (
            <CommentItem key={reply.id} node={reply} articleUrl={articleUrl} canReply={canReply} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
