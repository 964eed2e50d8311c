import Link from "next/link";
import { t } from "@/lib/i18n";

export function NotFoundContent() {
  return (
    <div className="error-page">
      <p className="error-page__code">404</p>
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <form className="search-form" action="/suche" method="get" role="search">
        <label htmlFor="notfound-q">{t.site.searchLabel}</label>
        <div className="search-form__row">
          <input id="notfound-q" name="q" type="search" maxLength={200} />
          <button type="submit">{t.site.searchButton}</button>
        </div>
      </form>
      <p>
        <Link href="/">{t.notFound.backHome}</Link>
      </p>
    </div>
  );
}
