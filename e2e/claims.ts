import type Database from "better-sqlite3";
import { claimFirstFree, openClaims } from "@/lib/testing/claims";
import { articlesWhere, PUBLIC, type TestArticle } from "./db";
import { E2E_CLAIMS } from "./env";

// Tests that write to an article (comments, moderation) each take one no other test of the run
// has: its cached pages, comment counts and rate limits are then its own. The claims are shared
// by every worker (lib/testing/claims.ts), so this holds for any number of workers, and a retried
// test claims a fresh article. e2e/global-setup.ts empties the claims when a run starts.

let claims: Database.Database | undefined;

/**
 * A public article with comments open that no other test of this run has claimed, oldest first
 * (far from the front page and the newest stories, which read-only tests look at). `where` narrows
 * the choice (SQL over `a`, the article, and `s`, its section).
 */
export function claimArticle(claimedBy: string, where = "1 = 1"): TestArticle {
  const candidates = articlesWhere(
    `${PUBLIC} AND a.comments_closed = 0 AND (${where}) ORDER BY a.published_at ASC, a.id ASC`,
  );
  claims ??= openClaims(E2E_CLAIMS);
  const id = claimFirstFree(
    claims,
    candidates.map((c) => c.id),
    claimedBy,
  );
  const article = candidates.find((c) => c.id === id);
  if (!article) {
    throw new Error(
      `every article matching (${where}) is taken in this run (${candidates.length} candidates)`,
    );
  }
  return article;
}
