import type { Metadata } from "next";
import Link from "next/link";
import { logout } from "@/components/admin/actions";
import { currentStaff } from "@/components/admin/auth";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";
import "./admin.css";

export const metadata: Metadata = {
  title: { default: t.admin.title, template: `%s | ${t.admin.title} | ${env.siteName}` },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const staff = await currentStaff();
  return (
    <div className="admin">
      <a className="skip-link" href="#admin-inhalt">
        {t.site.skipToContent}
      </a>
      <header className="admin-header">
        <p className="admin-header__brand">
          <Link href="/">{env.siteName}</Link> · {t.admin.title}
        </p>
        {staff ? (
          <>
            <nav aria-label={t.admin.nav} className="admin-nav">
              <ul>
                <li>
                  <Link href="/admin/kommentare">{t.admin.comments}</Link>
                </li>
                <li>
                  <Link href="/admin/protokoll">{t.admin.audit}</Link>
                </li>
                {staff.role === "admin" ? (
                  <li>
                    <Link href="/admin/einstellungen">{t.admin.settings}</Link>
                  </li>
                ) : null}
              </ul>
            </nav>
            <form action={logout} className="admin-header__user">
              <span>{t.admin.signedInAs(staff.displayName)}</span>
              <button type="submit">{t.admin.logout}</button>
            </form>
          </>
        ) : null}
      </header>
      <main id="admin-inhalt" className="admin-main">
        {children}
      </main>
    </div>
  );
}
