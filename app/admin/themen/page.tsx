import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/components/admin/auth";
import { Forbidden } from "@/components/admin/newsroom-forbidden";
import { AdminNotice } from "@/components/admin/notice";
import { listTopicsForAdmin } from "@/db/queries/newsroom-people";
import { t } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import type { SearchParams } from "@/lib/search-params";

const w = t.newsroomList;

export const metadata: Metadata = { title: w.topicsTitle };

export default async function TopicsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "manage")) return <Forbidden title={w.topicsTitle} />;
  const topics = listTopicsForAdmin();
  return (
    <div>
      <h1>{w.topicsTitle}</h1>
      <AdminNotice query={await searchParams} />
      <p>
        <Link href="/admin/themen/neu" prefetch={false}>
          {w.newTopic}
        </Link>
      </p>
      {topics.length === 0 ? (
        <p>{w.noTopics}</p>
      ) : (
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">{w.colName}</th>
              <th scope="col">{w.colSlug}</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/admin/themen/${a.id}`} prefetch={false}>
                    {a.name}
                  </Link>
                </td>
                <td>
                  <a href={`/thema/${a.slug}`}>/thema/{a.slug}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
