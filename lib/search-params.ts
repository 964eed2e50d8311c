/** Next's searchParams: a key may be missing, given once, or repeated. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter; repeats are ignored. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
