import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { restoreRevisionAction } from "@/components/admin/article-actions";
import { requireStaffPage } from "@/components/admin/auth";
import { AdminNotice } from "@/components/admin/notice";
import { TimeStamp } from "@/components/time-stamp";
import { findEditorArticle, findRevision, listRevisions } from "@/db/queries/newsroom";
import { t } from "@/lib/i18n";
import { mayEdit, type ArticleFields } from "@/lib/newsroom";
import { parseId } from "@/lib/route-params";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { wordDiff, type DiffPart } from "@/lib/word-diff";

// Every saved revision of an article: any two compared word by word (headline, lead, body), any
// one restored as a new revision. A GET form picks the pair, so it works without JavaScript.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: t.newsroom.revisions,
  robots: { index: false, follow: false },
};

const n = t.newsroom;
const COMPARED = ["headline", "teaser", "body"] as const satisfies readonly (keyof ArticleFields)[];

function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="revision-diff__text">
      {parts.map((part, i) =>
        part.kind === "removed" ? (
          <del key={i} aria-label={n.revisionRemoved}>
            {part.text}
          </del>
        ) : part.kind === "added" ? (
          <ins key={i} aria-label={n.revisionAdded}>
            {part.text}
          </ins>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

export default async function RevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const staff = await requireStaffPage();
  const id = parseId((await params).id);
  if (id === null) notFound();
  const article = findEditorArticle(id);
  if (!article) notFound();
  const own = article.createdBy === staff.id;
  if (!mayEdit(staff.role, { status: article.status, own })) {
    return <p className="notice notice--error">{n.forbiddenArticle}</p>;
  }
  const query = await searchParams;
  const revisions = listRevisions(id);
  const newest = revisions[0]?.revision ?? 0;
  const pick = (key: string, fallback: number) => {
    const value = parseId(firstParam(query[key]));
    return value !== null && revisions.some((r) => r.revision === value) ? value : fallback;
  };
  const to = pick("neu", newest);
  const from = pick("alt", revisions.find((r) => r.revision < to)?.revision ?? to);
  const before = findRevision(id, from);
  const after = findRevision(id, to);

  return (
    <>
      <h1>{n.revisionsTitle(article.fields.headline)}</h1>
      <p>
        <Link href={`/admin/artikel/${id}`} prefetch={false}>
          {n.backToEditor}
        </Link>
      </p>
      <AdminNotice query={query} />
      {revisions.length === 0 ? (
        <p>{n.revisionNone}</p>
      ) : (
        <form method="get" className="revision-picker">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{n.revisionColumn}</th>
                <th scope="col">{n.revisionOld}</th>
                <th scope="col">{n.revisionNew}</th>
                <th scope="col">{n.revisionFields}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.revision}>
                  <th scope="row">
                    {r.revision}
                    {r.revision === article.revision ? ` (${n.revisionCurrent})` : ""}
                    {r.staged ? ` (${n.revisionStaged})` : ""} – <TimeStamp ms={r.createdAt} />{" "}
                    {n.revisionBy} {r.staffName}
                  </th>
                  <td>
                    <input
                      type="radio"
                      name="alt"
                      value={r.revision}
                      defaultChecked={r.revision === from}
                      aria-label={`${n.revisionOld}: ${n.revisionColumn} ${r.revision}`}
                    />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="neu"
                      value={r.revision}
                      defaultChecked={r.revision === to}
                      aria-label={`${n.revisionNew}: ${n.revisionColumn} ${r.revision}`}
                    />
                  </td>
                  <td>{r.changedFields.map((f) => n.fieldName[f]).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit">{n.revisionCompare}</button>
        </form>
      )}
      {before && after && (
        <section className="revision-diff" aria-labelledby="revision-diff-title">
          <h2 id="revision-diff-title">{n.revisionDiffTitle(from, to)}</h2>
          {COMPARED.map((field) => {
            const parts = wordDiff(before[field], after[field]);
            return (
              <div key={field} className="revision-diff__field">
                <h3>
                  {n.fieldName[field]}
                  {parts.every((p) => p.kind === "same") ? ` (${n.revisionSame})` : ""}
                </h3>
                <Diff parts={parts} />
              </div>
            );
          })}
          <form action={restoreRevisionAction} className="revision-restore">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="revision" value={from} />
            <input type="hidden" name="expected" value={article.revision} />
            <p className="hint">{n.revisionRestoreHint}</p>
            <button type="submit">{n.revisionRestore(from)}</button>
          </form>
        </section>
      )}
    </>
  );
}
