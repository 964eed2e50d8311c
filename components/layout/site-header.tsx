import Link from "next/link";
import type { SectionInfo } from "@/db/queries/articles";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";

export function SiteHeader({ sections }: { sections: SectionInfo[] }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#inhalt">
        {t.site.skipToContent}
      </a>
      <div className="site-header__top">
        <Link href="/" className="site-header__logo" prefetch={false}>
          {env.siteName}
        </Link>
        <p className="site-header__tagline">{t.site.tagline}</p>
        <form className="site-search" action="/suche" method="get" role="search">
          <label htmlFor="site-search-q" className="visually-hidden">
            {t.site.searchLabel}
          </label>
          <input id="site-search-q" name="q" type="search" maxLength={200} placeholder="Suchen …" />
          <button type="submit">{t.site.searchButton}</button>
        </form>
      </div>
      <nav className="section-nav" aria-label={t.site.mainNavigation}>
        <ul>
          {sections.map((s) => (
            <li key={s.slug}>
              <Link href={`/${s.slug}`} prefetch={false}>
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
