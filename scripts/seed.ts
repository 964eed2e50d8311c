// npm run seed -- --articles N [--database PATH]
// Fills an empty database with deterministic demo content (see db/seed).

import path from "node:path";
import { performance } from "node:perf_hooks";
import { closeDatabase, openDatabase } from "@/db/client";
import { isDatabaseEmpty, seedDatabase } from "@/db/seed";
import { env } from "@/lib/env";

const DEFAULT_ARTICLES = 300;
const MAX_ARTICLES = 200_000;

const USAGE = `Usage: npm run seed -- [--articles N] [--database PATH]

  --articles N     number of articles, 1–${MAX_ARTICLES} (default ${DEFAULT_ARTICLES})
  --database PATH  SQLite file (default: DATABASE_PATH or data/kiosk.db)`;

interface Args {
  articles: number;
  database: string;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args | "help" {
  let articles = String(DEFAULT_ARTICLES);
  let database: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--help" || arg === "-h") return "help";
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === "--articles") articles = value();
    else if (flag === "--database") database = value();
    else throw new UsageError(`unknown argument: ${arg}`);
  }
  const count = /^\d+$/.test(articles) ? Number(articles) : Number.NaN;
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_ARTICLES) {
    throw new UsageError(
      `--articles must be a whole number from 1 to ${MAX_ARTICLES}, got "${articles}"`,
    );
  }
  return { articles: count, database: database ? path.resolve(database) : env.databasePath };
}

function main(): number {
  let args: Args | "help";
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`seed: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === "help") {
    console.log(USAGE);
    return 0;
  }

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

process.exitCode = main();
