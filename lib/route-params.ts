// The numbers URLs carry, as regular-expression sources: the page parsers, the rewrites in
// next.config.ts and the route gate all accept exactly these. (No imports: next.config.ts
// loads this file.)

/** Page numbers 1..99999 without leading zeros ("1" redirects to the first page's own URL). */
export const PAGE_NUMBER_SOURCE = "[1-9][0-9]{0,4}";

/** Comment ids in `?antworten=` (the reply form). */
export const COMMENT_ID_SOURCE = "[1-9][0-9]{0,9}";

const COMMENT_ID = new RegExp(`^${COMMENT_ID_SOURCE}$`);

export function parseCommentId(raw: string | undefined): number | null {
  return raw !== undefined && COMMENT_ID.test(raw) ? Number(raw) : null;
}
