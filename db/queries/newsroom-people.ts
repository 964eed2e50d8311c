import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { getDb, type Writer } from "@/db/client";
import { authors, tags } from "@/db/schema";
import type { AuthorInput, TopicInput } from "@/lib/validation";
import { writeAudit } from "./audit";
import type { StaffMember } from "./staff";

// The newsroom's authors and topics: the lists, one row, and the writes. Each write runs in one
// IMMEDIATE transaction with its audit entry; a slug taken by another row is refused inside it,
// so two people saving at once cannot both get the same address.

export type AuthorRow = typeof authors.$inferSelect;
export type TopicRow = typeof tags.$inferSelect;

/** What a write answers: the slugs to expire (the old one first), or why it was refused. */
export type PeopleWrite =
  { ok: true; id: number; slugs: string[] } | { ok: false; reason: "slug-taken" | "missing" };

export function listAuthorsForAdmin(): AuthorRow[] {
  return getDb().select().from(authors).orderBy(asc(authors.name), asc(authors.id)).all();
}

export function findAuthorForAdmin(id: number): AuthorRow | null {
  return getDb().select().from(authors).where(eq(authors.id, id)).get() ?? null;
}

export function listTopicsForAdmin(): TopicRow[] {
  return getDb().select().from(tags).orderBy(asc(tags.name), asc(tags.id)).all();
}

export function findTopicForAdmin(id: number): TopicRow | null {
  return getDb().select().from(tags).where(eq(tags.id, id)).get() ?? null;
}

type Fields = Omit<AuthorInput, "id">;

function authorSlugTaken(tx: Writer, slug: string, except: number | null): boolean {
  return (
    tx
      .select({ id: authors.id })
      .from(authors)
      .where(
        except === null
          ? eq(authors.slug, slug)
          : and(eq(authors.slug, slug), ne(authors.id, except)),
      )
      .get() !== undefined
  );
}

function topicSlugTaken(tx: Writer, slug: string, except: number | null): boolean {
  return (
    tx
      .select({ id: tags.id })
      .from(tags)
      .where(except === null ? eq(tags.slug, slug) : and(eq(tags.slug, slug), ne(tags.id, except)))
      .get() !== undefined
  );
}

const described = (name: string, slug: string) => `${name} (${slug})`;

/** Creates an author (id null) or saves one. */
export function writeAuthor(
  staff: StaffMember,
  id: number | null,
  input: Fields,
  now = Date.now(),
): PeopleWrite {
  const values = {
    name: input.name,
    slug: input.slug,
    role: input.role,
    bio: input.bio,
    isColumnist: input.isColumnist,
  };
  return getDb().transaction(
    (tx): PeopleWrite => {
      const before = id === null ? null : tx.select().from(authors).where(eq(authors.id, id)).get();
      if (id !== null && !before) return { ok: false, reason: "missing" };
      if (authorSlugTaken(tx, input.slug, id)) return { ok: false, reason: "slug-taken" };
      if (!before) {
        const created = tx.insert(authors).values(values).returning({ id: authors.id }).get();
        writeAudit(
          tx,
          staff,
          { action: "author-create", detail: described(input.name, input.slug) },
          now,
        );
        return { ok: true, id: created.id, slugs: [input.slug] };
      }
      tx.update(authors).set(values).where(eq(authors.id, before.id)).run();
      writeAudit(
        tx,
        staff,
        {
          action: "author-save",
          from: before.slug === input.slug ? null : before.slug,
          to: before.slug === input.slug ? null : input.slug,
          detail: described(input.name, input.slug),
        },
        now,
      );
      return { ok: true, id: before.id, slugs: [...new Set([before.slug, input.slug])] };
    },
    { behavior: "immediate" },
  );
}

/** Creates a topic (id null) or saves one. */
export function writeTopic(
  staff: StaffMember,
  id: number | null,
  input: Omit<TopicInput, "id">,
  now = Date.now(),
): PeopleWrite {
  const values = { name: input.name, slug: input.slug };
  return getDb().transaction(
    (tx): PeopleWrite => {
      const before = id === null ? null : tx.select().from(tags).where(eq(tags.id, id)).get();
      if (id !== null && !before) return { ok: false, reason: "missing" };
      if (topicSlugTaken(tx, input.slug, id)) return { ok: false, reason: "slug-taken" };
      if (!before) {
        const created = tx.insert(tags).values(values).returning({ id: tags.id }).get();
        writeAudit(
          tx,
          staff,
          { action: "topic-create", detail: described(input.name, input.slug) },
          now,
        );
        return { ok: true, id: created.id, slugs: [input.slug] };
      }
      tx.update(tags).set(values).where(eq(tags.id, before.id)).run();
      writeAudit(
        tx,
        staff,
        {
          action: "topic-save",
          from: before.slug === input.slug ? null : before.slug,
          to: before.slug === input.slug ? null : input.slug,
          detail: described(input.name, input.slug),
        },
        now,
      );
      return { ok: true, id: before.id, slugs: [...new Set([before.slug, input.slug])] };
    },
    { behavior: "immediate" },
  );
}
