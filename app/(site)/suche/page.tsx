import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/listing/pagination";
import { TimeStamp } from "@/components/time-stamp";
import { searchArticles } from "@/db/queries/search";
import { displayHeadline } from "@/lib/articles";
import { t } from "@/lib/i18n";
import { parsePageNumber } from "@/lib/paging";
import { buildSearchQuery, splitSnippet } from "@/lib/search";
import { pageMetadata } from "@/lib/seo/metadata";
import { articlePath, currentSite } from "@/lib/seo/site";
import { firstParam, type SearchParams } from "@/lib/search-params";

type Props = { searchParams: Promise<SearchParams> };

// Result pages are endless and thin: noindex (and disallowed in robots.txt), no canonical.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = (firstParam((await searchParams).q) ?? "").trim().slice(0, 200);
  return pageMetadata(currentSite(), {
    title: q ? t.search.resultsFor(q) : t.search.title,
    description: t.seo.searchDescription,
    path: null,
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = firstParam(params.q) ?? "";
  const query = buildSearchQuery(raw);
  const rawPage = firstParam(params.seite);
  const page = rawPage === undefined ? 1 : (parsePageNumber(rawPage) ?? 1);
  const outcome = query.kind === "ok" ? await searchArticles(query.terms, page) : null;
  const results = outcome?.kind === "results" ? outcome : null;
  const shown = raw.trim().slice(0, 200);

  return (
    <div className="search-page">
      <h1>{query.kind === "ok" ? t.search.resultsFor(shown) : t.search.title}</h1>
      <form className="search-form" action="/suche" method="get" role="search">
        <label htmlFor="search-q">{t.site.searchLabel}</label>
        <div className="search-form__row">
          <input id="search-q" name="q" type="search" defaultValue={shown} maxLength={200} />
          <button type="submit">{t.site.searchButton}</button>
        </div>
      </form>
      {query.kind === "empty" ? <p className="notice">{t.search.empty}</p> : null}
      {query.kind === "invalid" ? <p className="notice">{t.search.invalid}</p> : null}
      {query.kind === "too-long" ? <p className="notice">{t.search.tooLong}</p> : null}
      {outcome?.kind === "too-general" ? (
        <div className="notice" role="status">
          <p>
            <strong>{t.search.tooGeneralTitle}</strong>
          </p>
          <p>{t.search.tooGeneral(shown)}</p>
          <p>{t.search.tooGeneralHint}</p>
        </div>
      ) : null}
      {outcome?.kind === "busy" ? (
        <p className="notice" role="status">
          {t.search.busy}
        </p>
      ) : null}
      {results && results.total === 0 ? (
        <p className="notice">{t.search.noResults(shown)}</p>
      ) : null}
      {results && results.total > 0 ? (
        <>
          <p className="search-page__count" role="status">
            {results.capped
              ? t.search.manyResults(results.total)
              : t.search.resultCount(results.total)}
          </p>
          <ol className="search-results">
            {results.items.map((hit) => (
              <li key={hit.id} className="search-result">
                <p className="card__section">{hit.sectionName}</p>
                <h2 className="search-result__headline">
                  <Link href={articlePath(hit)} prefetch={false}>
                    {displayHeadline(hit)}
                  </Link>
                </h2>
                <p className="search-result__snippet">
                  {splitSnippet(hit.snippet).map((part, i) =>
                    part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                  )}
                </p>
                <p className="card__meta">
                  <TimeStamp ms={hit.publishedAt} />
                </p>
              </li>
            ))}
          </ol>
          <Pagination
            base="/suche"
            page={Math.min(page, results.pageCount)}
            pageCount={results.pageCount}
            hrefFor={(n) =>
              `/suche?${new URLSearchParams(n > 1 ? { q: shown, seite: String(n) } : { q: shown })}`
            }
          />
        </>
      ) : null}
    </div>
  );
}
