import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/components/admin/auth";
import { Forbidden } from "@/components/admin/newsroom-forbidden";
import { AdminNotice } from "@/components/admin/notice";
import { listAuthorsForAdmin } from "@/db/queries/newsroom-people";
import { t } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import type { SearchParams } from "@/lib/search-params";

const w = t.newsroomList;

export const metadata: Metadata = { title: w.authorsTitle };

export default async function AuthorsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "manage")) return <Forbidden title={w.authorsTitle} />;
  const authors = listAuthorsForAdmin();
  return (
    <div>
      <h1>{w.authorsTitle}</h1>
      <AdminNotice query={await searchParams} />
      <p>
        <Link href="/admin/autoren/neu" prefetch={false}>
          {w.newAuthor}
        </Link>
      </p>
      {authors.length === 0 ? (
        <p>{w.noAuthors}</p>
      ) : (
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">{w.colName}</th>
              <th scope="col">{w.colRole}</th>
              <th scope="col">{w.colColumnist}</th>
              <th scope="col">{w.colSlug}</th>
            </tr>
          </thead>
          <tbody>
            {authors.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/admin/autoren/${a.id}`} prefetch={false}>
                    {a.name}
                  </Link>
                </td>
                <td>{a.role}</td>
                <td>{a.isColumnist ? w.yes : ""}</td>
                <td>
                  <a href={`/autor/${a.slug}`}>/autor/{a.slug}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
