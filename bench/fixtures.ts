// What the bench requests, read straight from the bench database: article URLs, a topic with many
// articles, search words, a returning commenter. Read-only; the server owns the writes.
import Database from "better-sqlite3";

export interface ArticleRef {
  id: number;
  path: string;
}

export interface Fixtures {
  articles: ArticleRef[];
  /** The Ressort with the most published articles, and its page count (20 per page). */
  section: { slug: string; pages: number };
  topic: string;
  /** Articles without approved comments and open for comments (a new comment shows on page 1). */
  uncommented: ArticleRef[];
  searchWords: string[];
  /**
   * Searches a stranger could send to stall a naive full-text search (issue 10): single letters,
   * many short words, prefixes of the archive's commonest words, FTS5 syntax, 200 characters.
   */
  worstCaseSearches: string[];
  /** An e-mail address that already has an approved comment (auto-approval, proxy freshness). */
  returningCommenter: { email: string; name: string } | null;
}

/** The worst-case search queries; `common` are the archive's commonest words (6+ letters). */
export function worstCaseSearches(common: readonly string[]): string[] {
  const prefixes = (n: number) => common.map((w) => w.slice(0, n)).join(" ");
  return [
    "a",
    "s*",
    "e",
    "a b c d e f g h",
    "die der und ein ist das sch ver",
    prefixes(3),
    prefixes(4),
    prefixes(5),
    prefixes(6),
    common[0]?.slice(0, 5) ?? "unter",
    "abc abd abe abf abg abh abi abj abk abl ".repeat(5).trim(),
    "ab ac ad ae af ag ah ai aj ak al am an ao ap aq ar as at au av aw ax ay az "
      .repeat(3)
      .trim()
      .slice(0, 200),
    "1 2 3 4 5 6 7 8",
    "2025 2024 2023 2022 2021 2020 2019 2018",
    "Müller Mueller Muller Straße Strasse Grüße Gruesse Über",
    "ueber aeusserst oeffentlich muessen groesser strasse",
    "wien ".repeat(40).trim(),
    'NEAR(a b, 2) OR "x" * ( ) ^ headline:abc - AND NOT body:s*',
    "a".repeat(199),
  ].filter((q) => q.trim().length > 0);
}

export function loadFixtures(file: string, now = Date.now()): Fixtures {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const articles = (
      db
        .prepare(
          `SELECT a.id, '/' || s.slug || '/' || a.slug AS path
             FROM articles a JOIN sections s ON s.id = a.section_id
            WHERE a.status = 'published' AND a.published_at <= ?
            ORDER BY a.id`,
        )
        .all(now) as ArticleRef[]
    ).filter((a) => /^[\x21-\x7e]+$/.test(a.path));
    const section = db
      .prepare(
        `SELECT s.slug AS slug, count(*) AS n FROM articles a JOIN sections s ON s.id = a.section_id
          WHERE a.status = 'published' AND a.published_at <= ?
          GROUP BY s.slug ORDER BY n DESC LIMIT 1`,
      )
      .get(now) as { slug: string; n: number } | undefined;
    const topic = db
      .prepare(
        `SELECT t.slug AS slug FROM tags t JOIN article_tags at ON at.tag_id = t.id
          GROUP BY t.id ORDER BY count(*) DESC LIMIT 1`,
      )
      .get() as { slug: string } | undefined;
    const uncommented = (
      db
        .prepare(
          `SELECT a.id, '/' || s.slug || '/' || a.slug AS path
             FROM articles a JOIN sections s ON s.id = a.section_id
            WHERE a.status = 'published' AND a.published_at <= ? AND a.comment_count = 0
              AND a.comments_closed = 0
            ORDER BY a.id DESC LIMIT 50`,
        )
        .all(now) as ArticleRef[]
    ).filter((a) => /^[\x21-\x7e]+$/.test(a.path));
    const words = (
      db.prepare("SELECT name FROM tags ORDER BY id LIMIT 40").all() as { name: string }[]
    )
      .map((t) => t.name.split(/\s+/)[0] ?? "")
      .filter((w) => w.length >= 4);
    const commenter = db
      .prepare(
        `SELECT author_email AS email, author_name AS name FROM comments
          WHERE status = 'approved' AND staff_id IS NULL ORDER BY id LIMIT 1`,
      )
      .get() as { email: string; name: string } | undefined;
    // The commonest words of this archive, from the search index's own vocabulary (migration 0003).
    const common = (
      db
        .prepare(
          `SELECT term FROM articles_fts_vocab WHERE length(term) >= 6 AND term GLOB '[a-z]*'
            ORDER BY doc DESC LIMIT 8`,
        )
        .all() as { term: string }[]
    ).map((r) => r.term);
    if (!section || !topic || articles.length === 0) {
      throw new Error(`${file} has no published content`);
    }
    return {
      articles,
      section: { slug: section.slug, pages: Math.ceil(section.n / 20) },
      topic: topic.slug,
      uncommented,
      searchWords: [...new Set(words)].slice(0, 20),
      worstCaseSearches: worstCaseSearches(common),
      returningCommenter: commenter ?? null,
    };
  } finally {
    db.close();
  }
}
