import type { Metadata } from "next";
import Link from "next/link";
import { emptyQueueAction, moderate } from "@/components/admin/actions";
import { requireStaffPage } from "@/components/admin/auth";
import { ConfirmDeleteBox, IdField, InputField } from "@/components/admin/field";
import { Forbidden } from "@/components/admin/newsroom-forbidden";
import { AdminNotice } from "@/components/admin/notice";
import { QueueKeyboard } from "@/components/admin/queue-keyboard";
import { QueueRowView } from "@/components/admin/queue-row";
import { SelectAll } from "@/components/admin/select-all";
import { Pagination } from "@/components/listing/pagination";
import { countByStatus, listQueue } from "@/db/queries/moderation-queue";
import type { CommentStatus } from "@/db/schema";
import { t } from "@/lib/i18n";
import { moderationActions } from "@/lib/moderation";
import { parsePageNumber } from "@/lib/paging";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/route-params";
import { firstParam, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: t.admin.comments };

const TABS: [string, CommentStatus][] = [
  ["ausstehend", "pending"],
  ["freigegeben", "approved"],
  ["spam", "spam"],
  ["papierkorb", "trash"],
];

export default async function QueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "moderate")) return <Forbidden title={t.admin.comments} />;
  const params = await searchParams;
  const tab = TABS.find(([slug]) => slug === firstParam(params.status)) ?? TABS[0]!;
  const status = tab[1];
  const page = parsePageNumber(firstParam(params.seite)) ?? 1;
  const articleId = parseId(firstParam(params.artikel)) ?? undefined;
  const query = (firstParam(params.q) ?? "").trim().slice(0, 200) || undefined;
  const clientRaw = firstParam(params.client) ?? "";
  const clientHash = /^[0-9a-f]{64}$/.test(clientRaw) ? clientRaw : undefined;
  const filter = { articleId, query, clientHash };

  const counts = countByStatus(filter);
  const { rows, pageCount } = listQueue({ ...filter, status, page });
  const keep = new URLSearchParams();
  if (articleId) keep.set("artikel", String(articleId));
  if (query) keep.set("q", query);
  if (clientHash) keep.set("client", clientHash);
  const hrefFor = (slug: string, p = 1) => {
    const q = new URLSearchParams(keep);
    q.set("status", slug);
    if (p > 1) q.set("seite", String(p));
    return `/admin/kommentare?${q}`;
  };
  const returnTo = hrefFor(tab[0], page);
  const filtered = Boolean(articleId || query || clientHash);

  return (
    <div className="queue">
      <h1>{t.admin.comments}</h1>
      <AdminNotice query={params} />
      <nav aria-label={t.admin.comments} className="queue-tabs">
        <ul>
          {TABS.map(([slug, s]) => (
            <li key={slug}>
              <Link href={hrefFor(slug)} aria-current={s === status ? "page" : undefined}>
                {t.admin.tabs[s]} <span className="queue-tabs__count">({counts[s]})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form className="queue-filter" action="/admin/kommentare" method="get" role="search">
        <input type="hidden" name="status" value={tab[0]} />
        <InputField
          id="filter-q"
          label={t.admin.filterQuery}
          name="q"
          type="search"
          defaultValue={query}
          maxLength={200}
        />
        <IdField
          id="filter-artikel"
          label={t.admin.filterArticle}
          name="artikel"
          defaultValue={articleId}
        />
        <InputField
          id="filter-client"
          label={t.admin.filterClient}
          name="client"
          defaultValue={clientHash}
          maxLength={64}
        />
        <button type="submit">{t.admin.filter}</button>
        {filtered ? <Link href={hrefFor(tab[0])}>{t.admin.resetFilter}</Link> : null}
      </form>

      <form action={moderate} className="queue-form">
        <input type="hidden" name="returnTo" value={returnTo} />
        {rows.map((r) => (
          <input key={r.id} type="hidden" name="pageIds" value={r.id} />
        ))}
        {rows.length > 0 ? (
          <fieldset className="bulk-bar">
            <legend className="visually-hidden">{t.admin.bulkAction}</legend>
            <SelectAll label={t.admin.selectAll} />
            <label htmlFor="bulk-action">{t.admin.bulkAction}</label>
            <select id="bulk-action" name="bulkAction" defaultValue="approve">
              {moderationActions.map((a) => (
                <option key={a} value={a}>
                  {t.admin.actions[a]}
                </option>
              ))}
            </select>
            <ConfirmDeleteBox required={false} className="bulk-bar__confirm" />
            <button type="submit" name="op" value="bulk">
              {t.admin.apply}
            </button>
          </fieldset>
        ) : null}
        {rows.length === 0 ? <p className="notice">{t.admin.empty}</p> : null}
        <ol className="queue-list">
          {rows.map((row) => (
            <QueueRowView key={row.id} row={row} />
          ))}
        </ol>
      </form>
      <Pagination
        base="/admin/kommentare"
        page={page}
        pageCount={pageCount}
        hrefFor={(p) => hrefFor(tab[0], p)}
        label={t.listing.pagination}
      />

      {status === "spam" || status === "trash" ? (
        <form action={emptyQueueAction} className="empty-queue">
          <input type="hidden" name="status" value={status} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <ConfirmDeleteBox />{" "}
          <button type="submit">
            {status === "spam" ? t.admin.emptySpam : t.admin.emptyTrash}
          </button>
        </form>
      ) : null}

      <section className="shortcuts" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{t.admin.shortcuts}</h2>
        <dl>
          {t.admin.shortcutList.map(([key, what]) => (
            <div key={key}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </section>
      <QueueKeyboard />
    </div>
  );
}
