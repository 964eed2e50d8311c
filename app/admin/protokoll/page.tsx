import type { Metadata } from "next";
import { requireStaffPage } from "@/components/admin/auth";
import { AuditTable } from "@/components/admin/audit-table";
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
  const staffNames = listStaffNames();
  const staffRaw = firstParam(params.wer);
  const staff = staffRaw && staffNames.includes(staffRaw) ? staffRaw : undefined;
  const actionRaw = firstParam(params.aktion);
  const action = actionRaw && actionRaw in t.admin.auditAction ? actionRaw : undefined;
  const { rows, pageCount } = listAudit({ commentId, staff, action, page });
  const keep = new URLSearchParams();
  if (commentId) keep.set("kommentar", String(commentId));
  if (staff) keep.set("wer", staff);
  if (action) keep.set("aktion", action);

  return (
    <div>
      <h1>{t.admin.auditTitle}</h1>
      <form className="queue-filter" method="get" action="/admin/protokoll" role="search">
        <div className="field">
          <label htmlFor="audit-wer">{t.admin.auditWho}</label>
          <select id="audit-wer" name="wer" defaultValue={staff ?? ""}>
            <option value="">{t.admin.allStaff}</option>
            {staffNames.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-aktion">{t.admin.auditWhat}</label>
          <select id="audit-aktion" name="aktion" defaultValue={action ?? ""}>
            <option value="">{t.admin.allActions}</option>
            {Object.entries(t.admin.auditAction).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-kommentar">{t.admin.auditComment}</label>
          <input
            id="audit-kommentar"
            name="kommentar"
            inputMode="numeric"
            defaultValue={commentId}
            maxLength={10}
          />
        </div>
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
