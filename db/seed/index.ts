// Deterministic demo content. Text, ids, tags and structure depend only on the number of
// articles; times are offsets from `now`. Rows go in through Drizzle prepared statements (SQL built
// once, values bound per row) in one transaction, fast enough for 50,000 articles.

import { sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db, Writer } from "@/db/client";
import {
  articleSlugHistory,
  articleTags,
  articles,
  authors,
  comments as commentsTable,
  pages,
  sections,
  tags,
  type ArticleStatus,
  type CommentStatus,
} from "@/db/schema";
import { slugify } from "@/lib/slug";
import { commentCountFor, makeComments, makeCommenters, type CommentPlan } from "./comments";
import { createStoryContext, StoryWriter, writeStory } from "./content";
import { PAGES } from "./pages";
import { Random } from "./random";
import { REGION_TAGS, TOPICS, type TopicDef } from "./topics";
import { AUTHORS, SECTIONS, STATE_LOCATIVE, type AuthorDef, type SectionSlug } from "./vocabulary";

interface SeedOptions {
  /** Number of articles, drafts and scheduled ones included. */
  articles: number;
  /** Reference time in epoch ms; every generated time is relative to it. Default: Date.now(). */
  now?: number;
  /**
   * An existing staff user to credit with the staff replies ("Redaktion" badge) and the
   * moderation of non-pending comments. Default null: the columns stay empty.
   */
  staffId?: number | null;
  log?: (message: string) => void;
}

interface SeedSummary {
  sections: number;
  authors: number;
  tags: number;
  pages: number;
  articles: number;
  published: number;
  drafts: number;
  scheduled: number;
  articleTags: number;
  slugHistory: number;
  comments: number;
  commentsByStatus: Record<CommentStatus, number>;
}

/** Slugs an article must never get: they are path segments of listing URLs. */
export const RESERVED_ARTICLE_SLUGS: readonly string[] = ["seite", "feed-xml"];

/** Tables the seed fills; a database counts as empty when all of them are. */
const CONTENT_TABLES: Record<string, SQLiteTable> = {
  sections,
  authors,
  tags,
  articles,
  article_tags: articleTags,
  article_slug_history: articleSlugHistory,
  pages,
  comments: commentsTable,
};

// Fixed seeds: the content is a function of the article count alone.
const SEED = 0x4b696f73;
const FIRST_ARTICLE_SEED = 0x41726431;
const COMMENTER_SEED = 0x436f6d6d;

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The newest ~30 published articles fall into the last 48 hours. */
const RECENT_ARTICLES = 30;
/** Article 1 always gets commenters from this prefix of the pool, so it is the same for every N. */
const BASE_COMMENTERS = 300;

/** Article 1's thread: every status, replies at depth 1 and 2, one staff answer. */
const FIRST_ARTICLE_COMMENTS: readonly CommentPlan[] = [
  { status: "approved" },
  { status: "approved" },
  { status: "approved", replyTo: 0 },
  { status: "approved", replyTo: 2 },
  { status: "pending" },
  { status: "approved" },
  { status: "spam" },
  { status: "approved", replyTo: 1, staff: true },
  { status: "trash" },
  { status: "approved" },
  { status: "pending", replyTo: 5 },
  { status: "approved", replyTo: 0 },
];

export function isDatabaseEmpty(db: Db): boolean {
  return nonEmptyTables(db).length === 0;
}

function nonEmptyTables(db: Writer): string[] {
  return Object.entries(CONTENT_TABLES)
    .filter(
      ([, table]) =>
        db
          .select({ one: sql`1` })
          .from(table)
          .limit(1)
          .get() !== undefined,
    )
    .map(([name]) => name);
}

/** A prepared INSERT of one row of `table`, every column a placeholder named like its key. */
function insertRow<T extends SQLiteTable>(
  db: Writer,
  table: T,
  columns: (keyof T["$inferInsert"])[],
) {
  const values = Object.fromEntries(columns.map((c) => [c, sql.placeholder(String(c))]));
  const statement = db
    .insert(table)
    .values(values as T["$inferInsert"])
    .prepare();
  return (row: T["$inferInsert"]) => statement.run(row);
}

interface TopicChoice {
  topics: TopicDef[];
  weights: number[];
}

function topicChoice(entries: [TopicDef, number][]): TopicChoice {
  return { topics: entries.map(([t]) => t), weights: entries.map(([, w]) => w) };
}

/** Topics by Ressort: a topic weighs 3 in its home Ressort and 1 in the others it belongs to. */
function topicsBySection(): Map<SectionSlug, TopicChoice> {
  const map = new Map<SectionSlug, TopicChoice>();
  for (const section of SECTIONS) {
    const entries: [TopicDef, number][] = [];
    for (const topic of TOPICS) {
      const index = topic.sections.indexOf(section.slug);
      if (index >= 0) entries.push([topic, index === 0 ? 3 : 1]);
    }
    map.set(section.slug, topicChoice(entries));
  }
  return map;
}

/** A columnist writes about Kolumne topics and about the home topics of their beats. */
function columnTopics(author: AuthorDef): TopicChoice {
  const entries: [TopicDef, number][] = [];
  for (const topic of TOPICS) {
    if (topic.sections.includes("kolumne")) entries.push([topic, 6]);
    else if (author.beats.includes(topic.sections[0] ?? "kolumne")) entries.push([topic, 1]);
  }
  return topicChoice(entries);
}

/** Catches typos in the word lists before they become foreign-key errors. */
function checkVocabulary(): void {
  const names = new Set(TOPICS.map((t) => t.name));
  for (const topic of TOPICS) {
    for (const related of topic.related) {
      if (!names.has(related) && !REGION_TAGS.includes(related)) {
        throw new Error(
          `Seed vocabulary: topic "${topic.name}" names unknown related topic "${related}"`,
        );
      }
    }
  }
}

const TOPIC_BY_NAME = new Map(TOPICS.map((t) => [t.name, t]));

/** Offset before `now` of the published article with this recency rank (0 = newest). */
function publishedAgo(rng: Random, rank: number, published: number, spanMs: number): number {
  let ago: number;
  if (rank === 0) ago = rng.int(15, 35) * MINUTE;
  else if (rank <= 3) ago = (40 + (rank - 1) * 25 + rng.next() * 20) * MINUTE;
  else if (rank < RECENT_ARTICLES) {
    ago = 2 * HOUR + ((rank - 4 + rng.next() * 0.9) / (RECENT_ARTICLES - 4)) * 45 * HOUR;
  } else {
    const older = Math.max(1, published - RECENT_ARTICLES);
    ago = 48 * HOUR + ((rank - RECENT_ARTICLES + rng.next() * 0.9) / older) * (spanMs - 48 * HOUR);
  }
  // Whole seconds, and strictly increasing with rank (the jitter stays inside each step).
  return Math.floor(ago / SECOND) * SECOND + rng.int(0, 59) * SECOND;
}

export function seedDatabase(db: Db, options: SeedOptions): SeedSummary {
  const total = options.articles;
  if (!Number.isInteger(total) || total < 1) {
    throw new Error(`seedDatabase: articles must be a positive integer, got ${String(total)}`);
  }
  const now = options.now ?? Date.now();
  const log = options.log ?? (() => {});
  const filled = nonEmptyTables(db);
  if (filled.length > 0) {
    throw new Error(
      `seedDatabase needs an empty database, but these tables already have rows: ${filled.join(", ")}`,
    );
  }

  const staffId = options.staffId ?? null;
  const summary = db.transaction((tx) => fill(tx, total, now, staffId, log), {
    behavior: "immediate",
  });
  // Fold the large WAL back into the database file so it does not linger at full size.
  db.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
  return summary;
}

function fill(
  db: Writer,
  total: number,
  now: number,
  staffId: number | null,
  log: (message: string) => void,
): SeedSummary {
  // Index the search table once at the end instead of row by row: much faster for big seeds.
  // The trigger is re-created from its own stored SQL, so the schema ends up exactly as migrated.
  const trigger = db.get<{ sql: string } | undefined>(
    sql`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'articles_fts_ai'`,
  );
  const hasFts =
    db.get(sql`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles_fts'`) !==
    undefined;
  if (trigger) db.run(sql`DROP TRIGGER articles_fts_ai`);
  checkVocabulary();

  const insertSection = insertRow(db, sections, ["id", "slug", "name", "description", "position"]);
  const insertAuthor = insertRow(db, authors, ["id", "slug", "name", "role", "bio", "isColumnist"]);
  const insertTag = insertRow(db, tags, ["id", "slug", "name"]);
  const insertPage = insertRow(db, pages, ["id", "slug", "title", "body", "updatedAt"]);
  const insertArticle = insertRow(db, articles, [
    "id",
    "slug",
    "sectionId",
    "authorId",
    "kicker",
    "headline",
    "teaser",
    "body",
    "imageKey",
    "imageAlt",
    "imageCaption",
    "imageCredit",
    "status",
    "publishedAt",
    "updatedAt",
    "commentsClosed",
    "commentCount",
  ]);
  const insertArticleTag = insertRow(db, articleTags, ["articleId", "tagId"]);
  const insertSlugHistory = insertRow(db, articleSlugHistory, ["slug", "articleId"]);
  const insertComment = insertRow(db, commentsTable, [
    "id",
    "articleId",
    "parentId",
    "depth",
    "authorName",
    "authorEmail",
    "body",
    "status",
    "createdAt",
    "ipHash",
    "userAgent",
    "staffId",
    "moderatedBy",
    "moderatedAt",
  ]);

  // Sections, authors, tags, pages.
  const sectionIds = new Map<SectionSlug, number>();
  SECTIONS.forEach((section, i) => {
    insertSection({
      id: i + 1,
      slug: section.slug,
      name: section.name,
      description: section.description,
      position: i + 1,
    });
    sectionIds.set(section.slug, i + 1);
  });
  AUTHORS.forEach((author, i) => {
    insertAuthor({
      id: i + 1,
      slug: slugify(author.name),
      name: author.name,
      role: author.role,
      bio: author.bio,
      isColumnist: author.isColumnist,
    });
  });
  const tagIds = new Map<string, number>();
  const tagSlugs = new Set<string>();
  for (const name of [...TOPICS.map((t) => t.name), ...REGION_TAGS]) {
    const slug = slugify(name);
    if (tagSlugs.has(slug)) throw new Error(`Seed vocabulary: duplicate tag slug "${slug}"`);
    tagSlugs.add(slug);
    tagIds.set(name, tagIds.size + 1);
    insertTag({ id: tagIds.size, slug, name });
  }
  PAGES.forEach((page, i) => {
    insertPage({
      id: i + 1,
      slug: page.slug,
      title: page.title,
      body: page.body,
      updatedAt: now - page.ageDays * DAY,
    });
  });

  // Random streams: adding draws to one part of the generator leaves the others unchanged.
  const root = new Random(SEED);
  const statusRng = root.fork(1);
  const contentRng = root.fork(2);
  const timeRng = root.fork(3);
  const commentRng = root.fork(4);
  const firstRng = new Random(FIRST_ARTICLE_SEED);
  const commenters = makeCommenters(
    new Random(COMMENTER_SEED),
    BASE_COMMENTERS + Math.min(4_700, Math.floor(total / 10)),
  );
  const baseCommenters = commenters.slice(0, BASE_COMMENTERS);
  const staffIpHash = new Random(COMMENTER_SEED + 1).hex(64);

  // About 0.5 % drafts and 0.5 % scheduled, never article 1.
  const statuses: ArticleStatus[] = new Array<ArticleStatus>(total).fill("published");
  const special = total >= 10 ? Math.max(1, Math.round(total * 0.005)) : 0;
  const others = statusRng.shuffle(Array.from({ length: total - 1 }, (_, i) => i + 1));
  others.slice(0, special).forEach((i) => (statuses[i] = "draft"));
  others.slice(special, 2 * special).forEach((i) => (statuses[i] = "scheduled"));
  const publishedTotal = total - 2 * special;
  const spanMs = Math.max(5, total / 40) * DAY;

  const sectionSlugs = SECTIONS.map((s) => s.slug);
  const sectionWeights = SECTIONS.map((s) => s.weight);
  const bySection = topicsBySection();
  const authorIndex = (author: AuthorDef) => AUTHORS.indexOf(author);
  const columnists = AUTHORS.filter((a) => a.isColumnist);
  const columnChoices = new Map(columnists.map((a) => [a, columnTopics(a)]));
  const regularBySection = new Map<SectionSlug, { authors: AuthorDef[]; weights: number[] }>();
  for (const section of sectionSlugs) {
    const authors = AUTHORS.filter((a) => !a.isColumnist && a.beats.includes(section));
    regularBySection.set(section, {
      authors,
      weights: authors.map((a) => (a.beats[0] === section ? 3 : 1)),
    });
  }

  const usedSlugs = new Set<string>(RESERVED_ARTICLE_SLUGS);
  const nextSuffix = new Map<string, number>();
  const uniqueSlug = (text: string): string => {
    const base = slugify(text) || "artikel";
    if (!usedSlugs.has(base)) {
      usedSlugs.add(base);
      return base;
    }
    let n = nextSuffix.get(base) ?? 2;
    while (usedSlugs.has(`${base}-${n}`)) n++;
    nextSuffix.set(base, n + 1);
    usedSlugs.add(`${base}-${n}`);
    return `${base}-${n}`;
  };

  const summary: SeedSummary = {
    sections: SECTIONS.length,
    authors: AUTHORS.length,
    tags: tagIds.size,
    pages: PAGES.length,
    articles: total,
    published: publishedTotal,
    drafts: special,
    scheduled: special,
    articleTags: 0,
    slugHistory: 0,
    comments: 0,
    commentsByStatus: { pending: 0, approved: 0, spam: 0, trash: 0 },
  };

  let publishedRank = 0;
  let commentId = 1;
  for (let i = 0; i < total; i++) {
    const id = i + 1;
    const first = i === 0;
    // Article 1 has its own streams, so it is the same story for every article count.
    const rng = first ? firstRng : contentRng;
    const section: SectionSlug = first ? "politik" : rng.weighted(sectionSlugs, sectionWeights);

    let author: AuthorDef | null;
    let choice: TopicChoice;
    if (section === "kolumne") {
      author = rng.pick(columnists);
      choice = columnChoices.get(author) as TopicChoice;
    } else {
      const regular = regularBySection.get(section);
      if (!regular) throw new Error(`No authors for section ${section}`);
      author = regular.authors.length > 0 ? rng.weighted(regular.authors, regular.weights) : null;
      // About 5 % of the news articles carry the byline "Redaktion".
      if (!first && rng.chance(0.05)) author = null;
      choice = bySection.get(section) as TopicChoice;
    }

    const topic = rng.weighted(choice.topics, choice.weights);
    // The second topic is usually a related one (a region name among them stays a tag only).
    let topic2 = topic;
    if (rng.chance(0.75) && topic.related.length > 0) {
      topic2 = TOPIC_BY_NAME.get(rng.pick(topic.related)) ?? topic;
    } else {
      const other = rng.weighted(choice.topics, choice.weights);
      if (other !== topic) topic2 = other;
    }

    const ctx = createStoryContext(rng, section, topic, topic2, author?.column);
    const hasImage = first || rng.chance(0.9);
    const writer = new StoryWriter(rng, ctx);
    // A headline whose slug is taken is rewritten (later tries with more varied templates);
    // only if that fails the slug gets "-2", "-3", …
    let headline = writer.headline();
    for (let tries = 0; tries < 20 && usedSlugs.has(slugify(headline)); tries++) {
      headline = writer.headline(tries >= 4);
    }
    const story = writeStory(writer, hasImage, headline);
    const imageKey = hasImage ? `${section}-${rng.int(1, 500)}` : null;
    const slug = uniqueSlug(story.headline);
    const commentsClosed = !first && rng.chance(0.03);

    // Tags: the two topics, then related ones and sometimes the Bundesland of the story.
    const tagNames = [topic.name];
    if (topic2 !== topic) tagNames.push(topic2.name);
    const wanted = rng.weighted([2, 3, 4, 5], [35, 35, 20, 10]);
    for (let tries = 0; tagNames.length < wanted && tries < 20; tries++) {
      const r = rng.next();
      let name: string;
      if (r < 0.25) name = ctx.place.state;
      else if (r < 0.7) name = rng.pick(topic.related);
      else if (r < 0.85)
        name = rng.pick(topic2.related.length > 0 ? topic2.related : topic.related);
      else name = rng.weighted(choice.topics, choice.weights).name;
      if (!tagNames.includes(name)) tagNames.push(name);
    }
    if (tagNames.length < 2) tagNames.push(ctx.place.state);

    // An old slug for about 2 % of published articles: an earlier headline of the same story.
    const status = statuses[i] ?? "published";
    let oldSlug: string | null = null;
    if (status === "published" && !first && rng.chance(0.02)) {
      let earlier = new StoryWriter(rng, ctx).headline();
      for (let tries = 0; tries < 5 && slugify(earlier) === slugify(story.headline); tries++) {
        earlier = new StoryWriter(rng, ctx).headline();
      }
      if (slugify(earlier) !== slugify(story.headline)) oldSlug = uniqueSlug(earlier);
    }

    // Times: drafts and scheduled ones outside the published timeline.
    const clock = first ? firstRng : timeRng;
    let publishedAt: number;
    let updatedAt: number;
    let rank = -1;
    if (status === "published") {
      rank = publishedRank++;
      const ago = publishedAgo(clock, rank, publishedTotal, spanMs);
      publishedAt = now - ago;
      updatedAt =
        !first && clock.chance(0.15)
          ? publishedAt + Math.min(ago, clock.int(10, 360) * MINUTE)
          : publishedAt;
    } else if (status === "draft") {
      publishedAt = now - clock.int(1 * 60, 10 * 24 * 60) * MINUTE;
      updatedAt = publishedAt;
    } else {
      publishedAt = now + clock.int(1 * 60, 72 * 60) * MINUTE;
      updatedAt = publishedAt;
    }

    const comments =
      status !== "published"
        ? []
        : makeComments(first ? firstRng : commentRng, {
            count: first ? 0 : commentCountFor(commentRng, rank < RECENT_ARTICLES),
            plan: first ? FIRST_ARTICLE_COMMENTS : undefined,
            publishedAt,
            now,
            topic: {
              label: topic.name,
              terms: topic.terms,
              place: ctx.place.city,
              inState: STATE_LOCATIVE[ctx.place.state],
            },
            commenters: first ? baseCommenters : commenters,
            staffIpHash,
          });
    const approved = comments.reduce((n, c) => n + (c.status === "approved" ? 1 : 0), 0);

    insertArticle({
      id,
      slug,
      sectionId: sectionIds.get(section) ?? 1,
      authorId: author ? authorIndex(author) + 1 : null,
      kicker: story.kicker,
      headline: story.headline,
      teaser: story.teaser,
      body: story.body,
      imageKey,
      imageAlt: story.imageAlt,
      imageCaption: story.imageCaption,
      imageCredit: story.imageCredit,
      status,
      publishedAt,
      updatedAt,
      commentsClosed,
      commentCount: approved,
    });
    for (const name of tagNames) {
      insertArticleTag({ articleId: id, tagId: tagIds.get(name) ?? 0 });
    }
    summary.articleTags += tagNames.length;
    if (oldSlug) {
      insertSlugHistory({ slug: oldSlug, articleId: id });
      summary.slugHistory++;
    }
    const firstCommentId = commentId;
    for (const c of comments) {
      insertComment({
        id: commentId++,
        articleId: id,
        parentId: c.parent >= 0 ? firstCommentId + c.parent : null,
        depth: c.depth,
        authorName: c.authorName,
        authorEmail: c.authorEmail,
        body: c.body,
        status: c.status,
        createdAt: c.createdAt,
        ipHash: c.ipHash,
        userAgent: c.userAgent,
        staffId: c.isStaff ? staffId : null,
        moderatedBy: c.moderatedAt === null ? null : staffId,
        moderatedAt: c.moderatedAt,
      });
      summary.commentsByStatus[c.status]++;
    }
    summary.comments += comments.length;

    if (id % 5_000 === 0) log(`${id} / ${total} articles`);
  }

  if (trigger) db.run(sql.raw(trigger.sql));
  if (hasFts) {
    log("building the search index");
    db.run(sql`INSERT INTO articles_fts(articles_fts) VALUES('rebuild')`);
  }
  return summary;
}
