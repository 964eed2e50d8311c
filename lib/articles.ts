// How an article presents itself wherever it is listed: cards, feeds, sitemaps, share images.

/** Columns show the columnist before the headline ("Name: Headline"). */
export function displayHeadline(a: {
  isColumn: boolean;
  authorName: string | null;
  headline: string;
}): string {
  return a.isColumn && a.authorName ? `${a.authorName}: ${a.headline}` : a.headline;
}
