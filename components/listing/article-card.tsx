import Link from "next/link";
import type { ArticleTeaser } from "@/db/queries/articles";
import { LeadImage } from "@/components/media/lead-image";
import { TimeStamp } from "@/components/time-stamp";
import { displayHeadline } from "@/lib/articles";
import { t } from "@/lib/i18n";
import { articlePath } from "@/lib/seo/site";

export function ArticleCard({
  article,
  variant = "standard",
  showSection = false,
  headingLevel = 3,
}: {
  article: ArticleTeaser;
  variant?: "lead" | "standard" | "compact";
  showSection?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={`card card--${variant}`}>
      {variant !== "compact" && article.imageKey ? (
        <LeadImage
          imageKey={article.imageKey}
          alt={article.imageAlt}
          priority={variant === "lead"}
          className="card__image"
        />
      ) : null}
      <div className="card__text">
        {showSection ? <p className="card__section">{article.sectionName}</p> : null}
        {article.kicker ? <p className="card__kicker">{article.kicker}</p> : null}
        <Heading className="card__headline">
          <Link href={articlePath(article)} prefetch={false}>
            {displayHeadline(article)}
          </Link>
        </Heading>
        {variant !== "compact" ? <p className="card__teaser">{article.teaser}</p> : null}
        <p className="card__meta">
          <TimeStamp ms={article.publishedAt} />
          {article.commentCount > 0 ? (
            <span className="card__comments">{t.front.commentCount(article.commentCount)}</span>
          ) : null}
        </p>
      </div>
    </article>
  );
}
