import { t } from "@/lib/i18n";

/** Where the discussion goes; the comments feature fills it. */
export function CommentsSection() {
  return (
    <section className="comments" id="kommentare" aria-labelledby="comments-title">
      <h2 id="comments-title">{t.article.comments}</h2>
      <p>{t.article.commentsComing}</p>
    </section>
  );
}
