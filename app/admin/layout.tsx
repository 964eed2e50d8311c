import type { Metadata } from "next";
import Link from "next/link";
import { logout } from "@/components/admin/actions";
import { currentStaff } from "@/components/admin/auth";
import { adminSectionsFor } from "@/components/admin/newsroom-nav";
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
                {adminSectionsFor(staff.role).map((section) => (
                  <li key={section.href}>
                    <Link href={section.href}>{section.label}</Link>
                  </li>
                ))}
              </ul>
            </nav>
            <form action={logout} className="admin-header__user">
              <span>
                {t.newsroomList.signedInAs(staff.displayName, t.newsroomList.roles[staff.role])}
              </span>
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
