import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { requireStaffPage } from "@/components/admin/auth";
import { findEditorArticle, findPreviewArticle, findStagedPreview } from "@/db/queries/newsroom";
import { t } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/route-params";
import { firstParam, type SearchParams } from "@/lib/search-params";

// The article as readers will see it, in any status: staff only, never cached, never indexed.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: t.newsroom.preview,
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function PreviewPage({ params, searchParams }: Props) {
  const staff = await requireStaffPage();
  const id = parseId((await params).id);
  if (id === null) notFound();
  const editable = findEditorArticle(id);
  // With staged changes the preview shows them, unless the published version is asked for.
  const wantPublished = firstParam((await searchParams).fassung) === "veroeffentlicht";
  const staged = editable?.staged && !wantPublished ? findStagedPreview(id) : null;
  const article = staged ?? findPreviewArticle(id);
  if (!editable || !article) notFound();
  // Editors preview every article, authors their own.
  if (!can(staff.role, "publish") && editable.createdBy !== staff.id) {
    return <p className="notice notice--error">{t.newsroom.forbiddenArticle}</p>;
  }
  return (
    <div className="article-preview">
      <p className="notice" role="status">
        {staged
          ? t.newsroom.previewStaged
          : t.newsroom.previewNotice(t.newsroom.statusName[article.status])}{" "}
        <Link href={`/admin/artikel/${id}`} prefetch={false}>
          {t.newsroom.backToEditor}
        </Link>
        {editable.staged ? (
          <>
            {" · "}
            <Link
              href={
                staged
                  ? `/admin/artikel/${id}/vorschau?fassung=veroeffentlicht`
                  : `/admin/artikel/${id}/vorschau`
              }
              prefetch={false}
            >
              {staged ? t.newsroom.previewPublished : t.newsroom.previewStagedLink}
            </Link>
          </>
        ) : null}
      </p>
      <ArticleView article={article} />
    </div>
  );
}
