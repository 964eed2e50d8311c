import type { Metadata } from "next";
import { requireStaffPage } from "@/components/admin/auth";
import { AuditTable } from "@/components/admin/audit-table";
import { IdField, SelectField } from "@/components/admin/field";
import { Pagination } from "@/components/listing/pagination";
import { listAudit, listStaffNames } from "@/db/queries/audit";
import { t } from "@/lib/i18n";
import { parsePageNumber } from "@/lib/paging";
import { parseId } from "@/lib/route-params";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: t.admin.audit };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaffPage();
  const params = await searchParams;
  const page = parsePageNumber(firstParam(params.seite)) ?? 1;
  const commentId = parseId(firstParam(params.kommentar)) ?? undefined;
  const articleId = parseId(firstParam(params.artikel)) ?? undefined;
  const staffNames = listStaffNames();
  const staffRaw = firstParam(params.wer);
  const staff = staffRaw && staffNames.includes(staffRaw) ? staffRaw : undefined;
  const actionRaw = firstParam(params.aktion);
  const actionLabels = { ...t.admin.auditAction, ...t.newsroomList.auditAction };
  const action = actionRaw && Object.hasOwn(actionLabels, actionRaw) ? actionRaw : undefined;
  const { rows, pageCount } = listAudit({ commentId, articleId, staff, action, page });
  const keep = new URLSearchParams();
  if (commentId) keep.set("kommentar", String(commentId));
  if (articleId) keep.set("artikel", String(articleId));
  if (staff) keep.set("wer", staff);
  if (action) keep.set("aktion", action);

  return (
    <div>
      <h1>{t.admin.auditTitle}</h1>
      <form className="queue-filter" method="get" action="/admin/protokoll" role="search">
        <SelectField
          id="audit-wer"
          label={t.admin.auditWho}
          name="wer"
          defaultValue={staff ?? ""}
          options={[["", t.admin.allStaff], ...staffNames.map((n) => [n, n] as const)]}
        />
        <SelectField
          id="audit-aktion"
          label={t.admin.auditWhat}
          name="aktion"
          defaultValue={action ?? ""}
          options={[["", t.admin.allActions], ...Object.entries(actionLabels)]}
        />
        <IdField
          id="audit-kommentar"
          label={t.admin.auditComment}
          name="kommentar"
          defaultValue={commentId}
        />
        <IdField
          id="audit-artikel"
          label={t.newsroomList.auditArticleFilter}
          name="artikel"
          defaultValue={articleId}
        />
        <button type="submit">{t.admin.filter}</button>
      </form>
      <AuditTable rows={rows} />
      <Pagination
        base="/admin/protokoll"
        page={page}
        pageCount={pageCount}
        hrefFor={(p) => {
          const q = new URLSearchParams(keep);
          if (p > 1) q.set("seite", String(p));
          return `/admin/protokoll?${q}`;
        }}
      />
    </div>
  );
}
