import Link from "next/link";
import { t } from "@/lib/i18n";
import { pageUrl } from "@/lib/paging";

/** Plain links a crawler can follow: previous, a window of page numbers, next. */
export function Pagination({
  base,
  page,
  pageCount,
  hrefFor = (n: number) => pageUrl(base, n),
  label = t.listing.pagination,
}: {
  base: string;
  page: number;
  pageCount: number;
  hrefFor?: (n: number) => string;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  const numbers = new Set([1, pageCount]);
  for (let n = Math.max(1, page - 2); n <= Math.min(pageCount, page + 2); n++) numbers.add(n);
  const sorted = [...numbers].sort((a, b) => a - b);
  const items: (number | "gap")[] = [];
  sorted.forEach((n, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev > 1) items.push("gap");
    items.push(n);
  });
  return (
    <nav className="pagination" aria-label={label}>
      <p className="pagination__status">{t.listing.pageOf(page, pageCount)}</p>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" prefetch={false}>
              ← {t.listing.previous}
            </Link>
          </li>
        ) : null}
        {items.map((item, i) =>
          item === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="pagination__gap">
              …
            </li>
          ) : (
            <li key={item}>
              {item === page ? (
                <span aria-current="page">{item}</span>
              ) : (
                <Link href={hrefFor(item)} prefetch={false} aria-label={t.listing.page(item)}>
                  {item}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" prefetch={false}>
              {t.listing.next} →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
