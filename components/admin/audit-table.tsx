import Link from "next/link";
import { TimeStamp } from "@/components/time-stamp";
import type { AuditRow } from "@/db/queries/audit";
import { t } from "@/lib/i18n";

function statusName(s: string | null): string {
  return s ? (t.admin.statusName[s] ?? s) : "–";
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <p>{t.admin.noHistory}</p>;
  return (
    <table className="audit-table">
      <thead>
        <tr>
          <th scope="col">{t.admin.auditWhen}</th>
          <th scope="col">{t.admin.auditWho}</th>
          <th scope="col">{t.admin.auditWhat}</th>
          <th scope="col">{t.admin.auditComment}</th>
          <th scope="col">{t.newsroomList.auditArticle}</th>
          <th scope="col">{t.admin.auditChange}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <TimeStamp ms={r.createdAt} />
            </td>
            <td>{r.staffName}</td>
            <td>
              {t.admin.auditAction[r.action] ?? t.newsroomList.auditAction[r.action] ?? r.action}
              {r.detail && r.action !== "settings" ? ` (${r.detail})` : null}
            </td>
            <td>
              {r.commentId ? (
                <Link href={`/admin/protokoll?kommentar=${r.commentId}`}>#{r.commentId}</Link>
              ) : (
                "–"
              )}
            </td>
            <td>
              {r.articleId ? (
                <>
                  <Link href={`/admin/artikel/${r.articleId}`} prefetch={false}>
                    {t.newsroomList.auditArticleLink(r.articleId)}
                  </Link>{" "}
                  (
                  <Link href={`/admin/protokoll?artikel=${r.articleId}`} prefetch={false}>
                    {t.newsroomList.auditArticleOnly(r.articleId)}
                  </Link>
                  )
                </>
              ) : (
                "–"
              )}
            </td>
            <td>
              {r.fromStatus || r.toStatus
                ? `${statusName(r.fromStatus)} → ${statusName(r.toStatus)}`
                : "–"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
