import type { ArticleTeaser, Paged } from "@/db/queries/articles";
import { ArticleList } from "./article-list";
import { Pagination } from "./pagination";

/** A paginated listing: Ressort, author and topic pages share it. */
export function ListingPage({
  title,
  intro,
  base,
  list,
  showSection = false,
  kicker,
}: {
  title: string;
  intro?: React.ReactNode;
  base: string;
  list: Paged<ArticleTeaser>;
  showSection?: boolean;
  kicker?: string;
}) {
  return (
    <div className="listing">
      <header className="listing__header">
        {kicker ? <p className="listing__kicker">{kicker}</p> : null}
        <h1>{title}</h1>
        {intro}
      </header>
      <ArticleList articles={list.items} showSection={showSection} />
      <Pagination base={base} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
