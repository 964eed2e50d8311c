import type { Metadata } from "next";
import { ArticleForm } from "@/components/admin/article-form";
import { formValues } from "@/components/admin/article-editor";
import { requireStaffPage } from "@/components/admin/auth";
import { findEditorOptions } from "@/db/queries/newsroom";
import { t } from "@/lib/i18n";
import { allowedActions, formIntents, type FormIntent } from "@/lib/newsroom";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: t.newsroom.newTitle };

export default async function NewArticlePage() {
  const staff = await requireStaffPage();
  if (!can(staff.role, "write")) {
    return (
      <div>
        <h1>{t.newsroom.newTitle}</h1>
        <p className="notice notice--error">{t.newsroom.forbidden}</p>
      </div>
    );
  }
  const options = findEditorOptions();
  const allowed = allowedActions(staff.role, { status: null, own: true });
  return (
    <div>
      <h1>{t.newsroom.newTitle}</h1>
      <ArticleForm
        articleId={null}
        values={formValues(
          {
            sectionId: options.sections[0]?.id ?? 0,
            kicker: "",
            headline: "",
            teaser: "",
            body: "",
            authorId: null,
            topics: [],
            slug: "",
            commentsClosed: false,
            seoTitle: "",
            seoDescription: "",
          },
          { revision: 0 },
        )}
        sections={options.sections}
        authors={options.authors}
        topics={options.topics}
        intents={formIntents.filter((i): i is FormIntent => allowed.includes(i))}
        published={false}
        slugPublished={false}
        permalink="/admin/artikel/neu"
      />
    </div>
  );
}
