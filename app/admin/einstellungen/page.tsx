import type { Metadata } from "next";
import { eraseAction, saveSettingsAction } from "@/components/admin/actions";
import { requireStaffPage } from "@/components/admin/auth";
import { ConfirmDeleteBox, InputField, TextAreaField } from "@/components/admin/field";
import { AdminNotice } from "@/components/admin/notice";
import { getCommentSettings } from "@/db/queries/settings";
import { t } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import type { SearchParams } from "@/lib/search-params";
import { COMMENT_LIMITS, SETTINGS_LIMITS } from "@/lib/validation";

export const metadata: Metadata = { title: t.admin.settings };

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "settings")) {
    return (
      <div>
        <h1>{t.admin.settings}</h1>
        <p className="notice notice--error">{t.admin.forbidden}</p>
      </div>
    );
  }
  const params = await searchParams;
  const settings = getCommentSettings();
  return (
    <div>
      <h1>{t.admin.settingsTitle}</h1>
      <AdminNotice query={params} />
      <form action={saveSettingsAction} className="admin-form">
        <TextAreaField
          id="settings-blocklist"
          label={t.admin.blocklist}
          hint={t.admin.blocklistHint}
          name="blocklist"
          rows={8}
          defaultValue={settings.blocklist.join("\n")}
        />
        <div className="field field--checkbox">
          <input
            id="settings-auto"
            type="checkbox"
            name="autoApprove"
            value="ja"
            defaultChecked={settings.autoApprove}
            aria-describedby="settings-auto-hint"
          />
          <label htmlFor="settings-auto">{t.admin.autoApprove}</label>
        </div>
        <p className="field__hint" id="settings-auto-hint">
          {t.admin.autoApproveHint}
        </p>
        <InputField
          id="settings-close"
          label={t.admin.closeAfterDays}
          name="closeAfterDays"
          inputMode="numeric"
          defaultValue={settings.closeAfterDays ?? ""}
          maxLength={String(SETTINGS_LIMITS.closeAfterDaysMax).length}
        />
        <button type="submit">{t.admin.save}</button>
      </form>

      <section aria-labelledby="erase-title" className="admin-section">
        <h2 id="erase-title">{t.admin.erase}</h2>
        <form action={eraseAction} className="admin-form">
          <InputField
            id="erase-email"
            label={t.admin.eraseEmail}
            name="email"
            type="email"
            required
            maxLength={COMMENT_LIMITS.emailMax}
          />
          <ConfirmDeleteBox /> <button type="submit">{t.admin.eraseSubmit}</button>
        </form>
      </section>
    </div>
  );
}
