import Link from "next/link";
import type { ArticleView as Article } from "@/db/queries/articles";
import { LeadImage } from "@/components/media/lead-image";
import { TimeStamp } from "@/components/time-stamp";
import { t } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown";

// An update counts once it is more than a minute after publication.
const UPDATE_THRESHOLD_MS = 60_000;

export function ArticleView({ article }: { article: Article }) {
  const updated = article.updatedAt - article.publishedAt > UPDATE_THRESHOLD_MS;
  return (
    <article className="article">
      <nav className="breadcrumb" aria-label={t.article.breadcrumb}>
        <ol>
          <li>
            <Link href="/" prefetch={false}>
              {t.site.home}
            </Link>
          </li>
          <li>
            <Link href={`/${article.sectionSlug}`} prefetch={false}>
              {article.sectionName}
            </Link>
          </li>
        </ol>
      </nav>
      <header className="article__header">
        <p className="article__section">
          <Link href={`/${article.sectionSlug}`} prefetch={false}>
            {article.sectionName}
          </Link>
        </p>
        {article.kicker ? <p className="article__kicker">{article.kicker}</p> : null}
        <h1 className="article__headline">
          {article.isColumn && article.authorName ? (
            <span className="article__columnist">{article.authorName}: </span>
          ) : null}
          {article.headline}
        </h1>
        <p className="article__lead">{article.teaser}</p>
        <div className="article__byline">
          <p className="article__author">
            {t.article.by}{" "}
            {article.authorSlug && article.authorName ? (
              <Link href={`/autor/${article.authorSlug}`} rel="author" prefetch={false}>
                {article.authorName}
              </Link>
            ) : (
              <span>{t.article.newsroom}</span>
            )}
          </p>
          <p className="article__date">
            <TimeStamp ms={article.publishedAt} />
            {updated ? (
              <span className="article__updated">
                {" "}
                ({t.article.updated} <TimeStamp ms={article.updatedAt} />)
              </span>
            ) : null}
          </p>
        </div>
      </header>
      {article.imageKey ? (
        <figure className="article__figure">
          <LeadImage imageKey={article.imageKey} alt={article.imageAlt} priority />
          {article.imageCaption || article.imageCredit ? (
            <figcaption>
              {article.imageCaption}
              {article.imageCredit ? (
                <span className="article__credit"> {article.imageCredit}</span>
              ) : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <div
        className="article__body"
        // Rendered from Markdown by lib/markdown, which escapes raw HTML and unsafe links.
        dangerouslySetInnerHTML={{ __html: renderMarkdown(article.body) }}
      />
      {article.tags.length > 0 ? (
        <nav className="article__tags" aria-labelledby="themen">
          <h2 id="themen" className="article__tags-title">
            {t.article.topics}
          </h2>
          <ul>
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <Link href={`/thema/${tag.slug}`} prefetch={false}>
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </article>
  );
}
