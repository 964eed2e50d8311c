import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleEditor, ArticleStatus } from "@/components/admin/article-editor";
import { requireStaffPage } from "@/components/admin/auth";
import { AdminNotice } from "@/components/admin/notice";
import { findEditorArticle, findEditorOptions } from "@/db/queries/newsroom";
import { t } from "@/lib/i18n";
import { mayEdit } from "@/lib/newsroom";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/route-params";
import type { SearchParams } from "@/lib/search-params";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const article = id === null ? null : findEditorArticle(id);
  return { title: article ? t.newsroom.editTitle(article.fields.headline) : t.newsroom.newTitle };
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "write")) {
    return (
      <div>
        <h1>{t.newsroom.newTitle}</h1>
        <p className="notice notice--error">{t.newsroom.forbidden}</p>
      </div>
    );
  }
  const id = parseId((await params).id);
  if (id === null) notFound();
  const article = findEditorArticle(id);
  if (!article) notFound();
  const heading = <h1>{t.newsroom.editTitle(article.fields.headline)}</h1>;
  const own = article.createdBy === staff.id;
  // Editors work on every article; authors on their own drafts, and see the rest of their own.
  if (!can(staff.role, "publish") && !mayEdit(staff.role, { status: article.status, own })) {
    return (
      <div>
        {heading}
        <AdminNotice query={await searchParams} />
        {own ? (
          <>
            <ArticleStatus article={article} />
            <p className="notice">{t.newsroom.lockedForAuthor}</p>
          </>
        ) : (
          <p className="notice notice--error">{t.newsroom.forbiddenArticle}</p>
        )}
      </div>
    );
  }
  return (
    <div>
      {heading}
      <AdminNotice query={await searchParams} />
      <ArticleEditor staff={staff} article={article} options={findEditorOptions()} />
    </div>
  );
}
