import Database from "better-sqlite3";
import { E2E_DATABASE } from "./env";

// Tests read the same SQLite file the server writes, to pick their data and to check what
// was stored. Read-only here: tests change data only through the site.
let handle: Database.Database | undefined;

export function testDb(): Database.Database {
  handle ??= new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
  return handle;
}

export interface TestArticle {
  id: number;
  slug: string;
  sectionSlug: string;
  headline: string;
  teaser: string;
  body: string;
  kicker: string;
  status: string;
  publishedAt: number;
  updatedAt: number;
  imageKey: string | null;
  imageCaption: string;
  imageCredit: string;
  authorSlug: string | null;
  authorName: string | null;
}

const ARTICLE_SELECT = `
  SELECT a.id, a.slug, s.slug AS sectionSlug, a.headline, a.teaser, a.body, a.kicker, a.status,
    a.published_at AS publishedAt, a.updated_at AS updatedAt, a.image_key AS imageKey,
    a.image_caption AS imageCaption, a.image_credit AS imageCredit,
    au.slug AS authorSlug, au.name AS authorName
  FROM articles a JOIN sections s ON s.id = a.section_id LEFT JOIN authors au ON au.id = a.author_id`;

export const PUBLIC =
  "a.status IN ('published','scheduled') AND a.published_at <= unixepoch('subsec') * 1000";

export function articlesWhere(where: string, ...params: unknown[]): TestArticle[] {
  return testDb()
    .prepare(`${ARTICLE_SELECT} WHERE ${where}`)
    .all(...params) as TestArticle[];
}

export function oneArticle(where: string, ...params: unknown[]): TestArticle {
  const found = articlesWhere(`${where} LIMIT 1`, ...params)[0];
  if (!found) throw new Error(`No test article for: ${where}`);
  return found;
}

export function tagsOf(articleId: number): { slug: string; name: string }[] {
  return testDb()
    .prepare(
      "SELECT g.slug, g.name FROM article_tags t JOIN tags g ON g.id = t.tag_id WHERE t.article_id = ?",
    )
    .all(articleId) as { slug: string; name: string }[];
}

let writer: Database.Database | undefined;

/**
 * A writing handle, for test setup the site itself has no public form for (a staff setting, a
 * comment that staff approved earlier). Used on the test's own article (the `article` fixture,
 * e2e/fixtures.ts), since the site's cache does not see these writes.
 */
export function testDbWriter(): Database.Database {
  writer ??= new Database(E2E_DATABASE, { fileMustExist: true });
  writer.pragma("busy_timeout = 5000");
  return writer;
}

/**
 * A client address of its own for each test, so the per-client rate limits of one test (or of
 * an earlier run against the same server) do not hit another. The e2e server runs with
 * TRUST_PROXY, and the test plays the proxy.
 */
export function uniqueClientAddress(): string {
  const octet = () => 1 + Math.floor(Math.random() * 254);
  return `10.${octet()}.${octet()}.${octet()}`;
}

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@leser.test`;
}
