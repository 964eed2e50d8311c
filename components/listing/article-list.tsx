import type { ArticleTeaser } from "@/db/queries/articles";
import { t } from "@/lib/i18n";
import { ArticleCard } from "./article-card";

export function ArticleList({
  articles,
  showSection = false,
}: {
  articles: ArticleTeaser[];
  showSection?: boolean;
}) {
  if (articles.length === 0) return <p className="empty">{t.listing.empty}</p>;
  return (
    <ol className="article-list">
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard article={a} showSection={showSection} headingLevel={2} />
        </li>
      ))}
    </ol>
  );
}
