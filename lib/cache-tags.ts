// Every cache tag the site uses, in one place. Reads tag their results with these
// (db/queries), writes expire exactly the ones they affect (revalidateTag / updateTag).
export const cacheTags = {
  /** Everything that lists articles across Ressorts: front page, feeds, sitemaps. */
  articles: "articles",
  frontPage: "front-page",
  /** One article page, by its current slug. */
  articleSlug: (slug: string) => `article:${slug}`,
  /** One article as a teaser in other articles' related stories, by its id. */
  teaser: (articleId: number) => `teaser:${articleId}`,
  /** Approved comments of one article (its page and comment pages). */
  comments: (articleId: number) => `comments:${articleId}`,
  section: (slug: string) => `section:${slug}`,
  author: (slug: string) => `author:${slug}`,
  topic: (slug: string) => `topic:${slug}`,
  pages: "pages",
  sitemaps: "sitemaps",
  feeds: "feeds",
  navigation: "navigation",
} as const;
