// The admin's article list: what its filters accept and how a status reads. Pure, so the page,
// the query and the tests share one reading of the URL.
import type { ArticleStatus } from "@/db/schema";
import { parsePageNumber } from "./paging";
import { parseId } from "./route-params";
import { firstParam, type SearchParams } from "./search-params";

export const NEWSROOM_PAGE_SIZE = 50;
/** Longer search texts are cut: a headline is never longer. */
export const NEWSROOM_QUERY_MAX = 100;

/** The status filter's values in the URL (German, like the admin's other query words). */
export const statusFilters = {
  entwurf: "draft",
  pruefung: "review",
  geplant: "scheduled",
  veroeffentlicht: "published",
  zurueckgezogen: "withdrawn",
} as const satisfies Record<string, ArticleStatus>;

export type StatusFilter = keyof typeof statusFilters;

export interface ArticleListFilter {
  status?: ArticleStatus;
  sectionId?: number;
  /** An author's id, or "none" for articles by "Redaktion". */
  author?: number | "none";
  query?: string;
  page: number;
}

/** The value of the author filter for articles without an author. */
export const NO_AUTHOR = "redaktion";

export function parseArticleListFilter(params: SearchParams): ArticleListFilter {
  const statusRaw = firstParam(params.status);
  const status =
    statusRaw !== undefined && Object.hasOwn(statusFilters, statusRaw)
      ? statusFilters[statusRaw as StatusFilter]
      : undefined;
  const authorRaw = firstParam(params.autor);
  const author = authorRaw === NO_AUTHOR ? "none" : (parseId(authorRaw) ?? undefined);
  const query =
    (firstParam(params.q) ?? "").replace(/\s+/g, " ").trim().slice(0, NEWSROOM_QUERY_MAX) ||
    undefined;
  return {
    status,
    sectionId: parseId(firstParam(params.ressort)) ?? undefined,
    author,
    query,
    page: parsePageNumber(firstParam(params.seite)) ?? 1,
  };
}

/** The list's query string for a filter (page 1 leaves `seite` out); the inverse of parsing. */
export function articleListQuery(filter: ArticleListFilter, page = filter.page): string {
  const q = new URLSearchParams();
  const status = Object.entries(statusFilters).find(([, s]) => s === filter.status)?.[0];
  if (status) q.set("status", status);
  if (filter.sectionId) q.set("ressort", String(filter.sectionId));
  if (filter.author !== undefined)
    q.set("autor", filter.author === "none" ? NO_AUTHOR : String(filter.author));
  if (filter.query) q.set("q", filter.query);
  if (page > 1) q.set("seite", String(page));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The status a person sees: a scheduled article whose time has come is published. */
export function shownStatus(
  status: ArticleStatus,
  publishedAt: number,
  now: number,
): ArticleStatus {
  return status === "scheduled" && publishedAt <= now ? "published" : status;
}
