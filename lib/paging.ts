import { PAGE_NUMBER_SOURCE } from "./route-params";

/** Articles per listing page (Ressort, author, topic, search). */
export const LISTING_PAGE_SIZE = 20;

/**
 * Page numbers in URLs: "2".."99999" only. "1" is not a valid /seite/ page (it redirects to the
 * listing), and anything else (0, -1, 1.5, 02, 1e3, huge numbers) is not a page at all.
 */
const PAGE_NUMBER = new RegExp(`^${PAGE_NUMBER_SOURCE}$`);

export function parsePageNumber(raw: string | undefined): number | null {
  if (raw === undefined || !PAGE_NUMBER.test(raw)) return null;
  return Number(raw);
}

/** The URL of page n of a listing whose first page lives at `base`. */
export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base === "/" ? "" : base}/seite/${page}`;
}
