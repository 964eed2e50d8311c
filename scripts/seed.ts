// npm run seed -- --articles N [--database PATH]
// Fills an empty database with deterministic demo content (see db/seed).

import path from "node:path";
import { performance } from "node:perf_hooks";
import { closeDatabase, openDatabase } from "@/db/client";
import { isDatabaseEmpty, seedDatabase } from "@/db/seed";
import { env } from "@/lib/env";
import { parseCommandLine, runCli, UsageError, wholeNumber } from "./cli";

const DEFAULT_ARTICLES = 300;
const MAX_ARTICLES = 200_000;

const USAGE = `Usage: npm run seed -- [--articles N] [--database PATH]

  --articles N     number of articles, 1–${MAX_ARTICLES} (default ${DEFAULT_ARTICLES})
  --database PATH  SQLite file (default: DATABASE_PATH or data/kiosk.db)`;

function main(): number {
  const flags = parseCommandLine(process.argv.slice(2), {
    articles: { type: "string" },
    database: { type: "string" },
  });
  if (flags.database === "") throw new UsageError("--database needs a value");
  const args = {
    articles: wholeNumber(
      "articles",
      flags.articles,
      { min: 1, max: MAX_ARTICLES },
      DEFAULT_ARTICLES,
    ),
    database: flags.database ? path.resolve(flags.database) : env.databasePath,
  };

  const started = performance.now();
  const db = openDatabase(args.database);
  try {
    if (!isDatabaseEmpty(db)) {
      console.error(
        `seed: ${args.database} already has content; the seed only fills an empty database.\n` +
          "Delete the file (or point --database at a new one) to start over.",
      );
      return 1;
    }
    console.log(`Seeding ${args.articles} articles into ${args.database} …`);
    const summary = seedDatabase(db, {
      articles: args.articles,
      log: (message) => console.log(`  ${message}`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const c = summary.commentsByStatus;
    console.log(
      [
        `Done in ${seconds} s.`,
        `  articles  ${summary.articles} (${summary.published} published, ${summary.drafts} drafts, ${summary.scheduled} scheduled, ${summary.slugHistory} old slugs)`,
        `  comments  ${summary.comments} (${c.approved} approved, ${c.pending} pending, ${c.spam} spam, ${c.trash} trash)`,
        `  also      ${summary.sections} sections, ${summary.authors} authors, ${summary.tags} tags, ${summary.articleTags} article tags, ${summary.pages} pages`,
      ].join("\n"),
    );
    return 0;
  } catch (error) {
    console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    closeDatabase(db);
  }
}

void runCli("seed", USAGE, main);
