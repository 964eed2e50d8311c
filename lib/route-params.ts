// The numbers URLs and forms carry, as regular-expression sources: the page parsers, the rewrites
// in next.config.ts, the route gate and the zod rules in validation.ts all accept exactly these.
// (No imports: next.config.ts loads this file.)

/** Page numbers 1..99999 without leading zeros ("1" redirects to the first page's own URL). */
export const PAGE_NUMBER_SOURCE = "[1-9][0-9]{0,4}";

/** Row ids (articles, comments) in paths, queries and form fields: 1..9999999999, no leading zeros. */
export const ID_MAX_DIGITS = 10;
export const ID_SOURCE = `[1-9][0-9]{0,${ID_MAX_DIGITS - 1}}`;

const ID = new RegExp(`^${ID_SOURCE}$`);

/** The id `raw` spells, or null for anything else (0, -1, 1.5, 07, 1e3, too many digits). */
export function parseId(raw: unknown): number | null {
  return typeof raw === "string" && ID.test(raw) ? Number(raw) : null;
}
