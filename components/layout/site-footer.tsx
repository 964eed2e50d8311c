import Link from "next/link";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";

const INFO_LINKS = [
  { slug: "impressum", label: "Impressum/Offenlegung" },
  { slug: "datenschutz", label: "Datenschutz" },
  { slug: "kontakt", label: "Kontakt" },
] as const;

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <nav aria-label={t.site.footerNavigation}>
        <ul>
          {INFO_LINKS.map((l) => (
            <li key={l.slug}>
              <Link href={`/info/${l.slug}`} prefetch={false}>
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>{t.site.copyright(new Date().getFullYear(), env.siteName)}</p>
    </footer>
  );
}
