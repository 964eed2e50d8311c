import Link from "next/link";
import type { ArticleTeaser } from "@/db/queries/articles";
import { displayHeadline } from "@/lib/articles";
import { t } from "@/lib/i18n";
import { articlePath } from "@/lib/seo/site";

export function RelatedStories({ articles }: { articles: ArticleTeaser[] }) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title">{t.article.related}</h2>
      <ul>
        {articles.map((a) => (
          <li key={a.id} className="related__item">
            <span className="related__section">{a.sectionName}</span>
            <Link href={articlePath(a)} prefetch={false}>
              {displayHeadline(a)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
