import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/components/admin/auth";
import { InputField, SelectField } from "@/components/admin/field";
import { Forbidden } from "@/components/admin/newsroom-forbidden";
import { AdminNotice } from "@/components/admin/notice";
import { Pagination } from "@/components/listing/pagination";
import { TimeStamp } from "@/components/time-stamp";
import { listArticleFilterOptions, listArticlesForNewsroom } from "@/db/queries/newsroom-list";
import { t } from "@/lib/i18n";
import {
  articleListQuery,
  NEWSROOM_QUERY_MAX,
  NO_AUTHOR,
  parseArticleListFilter,
  statusFilters,
} from "@/lib/newsroom-list";
import { can } from "@/lib/permissions";
import type { SearchParams } from "@/lib/search-params";

const w = t.newsroomList;

export const metadata: Metadata = { title: w.title };

export default async function ArticleListPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "write")) return <Forbidden title={w.title} />;
  const params = await searchParams;
  const filter = parseArticleListFilter(params);
  const { rows, total, capped, pageCount } = listArticlesForNewsroom(filter);
  const options = listArticleFilterOptions();
  const statusValue = Object.entries(statusFilters).find(([, s]) => s === filter.status)?.[0];
  const authorValue =
    filter.author === "none" ? NO_AUTHOR : filter.author ? String(filter.author) : "";

  return (
    <div>
      <h1>{w.title}</h1>
      <AdminNotice query={params} />
      <p>
        <Link href="/admin/artikel/neu" prefetch={false}>
          {w.newArticle}
        </Link>
      </p>
      <form className="queue-filter" method="get" action="/admin/artikel" role="search">
        <SelectField
          id="artikel-status"
          label={w.filterStatus}
          name="status"
          defaultValue={statusValue ?? ""}
          options={[
            ["", w.all],
            ...Object.entries(statusFilters).map(
              ([value, status]) => [value, w.status[status]] as const,
            ),
          ]}
        />
        <SelectField
          id="artikel-ressort"
          label={w.filterSection}
          name="ressort"
          defaultValue={filter.sectionId ? String(filter.sectionId) : ""}
          options={[["", w.all], ...options.sections.map((s) => [String(s.id), s.name] as const)]}
        />
        <SelectField
          id="artikel-autor"
          label={w.filterAuthor}
          name="autor"
          defaultValue={authorValue}
          options={[
            ["", w.all],
            [NO_AUTHOR, w.byline],
            ...options.authors.map((a) => [String(a.id), a.name] as const),
          ]}
        />
        <InputField
          id="artikel-q"
          label={w.filterQuery}
          hint={w.filterQueryHint}
          name="q"
          type="search"
          defaultValue={filter.query ?? ""}
          maxLength={NEWSROOM_QUERY_MAX}
        />
        <button type="submit">{t.admin.filter}</button>
      </form>
      <p role="status">{w.found(total, capped)}</p>
      {rows.length === 0 ? (
        <p>{w.noArticles}</p>
      ) : (
        <table className="audit-table article-table">
          <thead>
            <tr>
              <th scope="col">{w.colHeadline}</th>
              <th scope="col">{w.colStatus}</th>
              <th scope="col">{w.colSection}</th>
              <th scope="col">{w.colAuthor}</th>
              <th scope="col">{w.colChange}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link href={`/admin/artikel/${row.id}`} prefetch={false}>
                    {row.headline}
                  </Link>
                </td>
                <td>{w.status[row.shownStatus]}</td>
                <td>{row.sectionName}</td>
                <td>{row.authorName ?? w.byline}</td>
                <td>
                  <TimeStamp ms={row.lastChange} />
                  {row.changedByName ? <> {w.changedBy(row.changedByName)}</> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        base="/admin/artikel"
        page={filter.page}
        pageCount={pageCount}
        hrefFor={(p) => `/admin/artikel${articleListQuery(filter, p)}`}
      />
    </div>
  );
}
