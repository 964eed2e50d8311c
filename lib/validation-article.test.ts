import { describe, expect, it } from "vitest";
import { t } from "./i18n";
import { ARTICLE_LIMITS } from "./newsroom";
import { articleSchema, fieldMessages } from "./validation";

// The editor form's schema (lib/validation.ts, newsroom block): German messages per field.

const form = {
  intent: "saveDraft",
  sectionId: "2",
  kicker: " Wien ",
  headline: "Grüne Welle für die Öffis",
  teaser: "Ampeln schalten künftig nach Fahrplan.",
  body: "## Erstens\r\n\r\nText.",
  authorId: "",
  topics: "Verkehr, wien, Verkehr ,",
  slug: "",
};

function messages(fields: Record<string, string>) {
  const parsed = articleSchema.safeParse(fields);
  if (parsed.success) throw new Error("expected a refusal");
  return fieldMessages(parsed.error);
}

describe("articleSchema", () => {
  it("cleans the fields, proposes the slug and reads Redaktion and the topics", () => {
    const parsed = articleSchema.parse(form);
    expect(parsed).toMatchObject({ id: null, revision: 0, intent: "saveDraft", scheduleAt: null });
    expect(parsed.fields).toMatchObject({
      sectionId: 2,
      kicker: "Wien",
      body: "## Erstens\n\nText.",
      authorId: null,
      topics: ["Verkehr", "wien"],
      slug: "gruene-welle-fuer-die-oeffis",
      commentsClosed: false,
    });
  });

  it("names each bad field in German", () => {
    const errors = messages({
      ...form,
      headline: " ",
      teaser: "x".repeat(ARTICLE_LIMITS.teaser + 1),
      slug: "Mit Umlaut-ä",
      seoTitle: "x".repeat(ARTICLE_LIMITS.seoTitle + 1),
      topics: Array.from({ length: ARTICLE_LIMITS.topics + 1 }, (_, i) => `T${i}`).join(","),
    });
    expect(errors).toEqual({
      headline: t.newsroom.errors.headlineMissing,
      teaser: t.newsroom.errors.teaserMax(ARTICLE_LIMITS.teaser),
      slug: t.newsroom.errors.slugInvalid,
      seoTitle: t.newsroom.errors.seoTitleMax(ARTICLE_LIMITS.seoTitle),
      topics: t.newsroom.errors.topicsMax(ARTICLE_LIMITS.topics),
    });
  });

  it("needs a valid Vienna time to schedule", () => {
    expect(messages({ ...form, intent: "schedule" })).toEqual({
      scheduleAt: t.newsroom.errors.scheduleMissing,
    });
    expect(messages({ ...form, intent: "schedule", scheduleAt: "2026-03-29T02:30" })).toEqual({
      scheduleAt: t.newsroom.errors.scheduleInvalid,
    });
    expect(
      articleSchema.parse({ ...form, intent: "schedule", scheduleAt: "2026-07-01T08:00" })
        .scheduleAt,
    ).toBe(Date.parse("2026-07-01T06:00:00Z"));
  });

  it("refuses a headline from which no slug can be made when none is given", () => {
    expect(messages({ ...form, headline: "!!!" })).toEqual({ slug: t.newsroom.errors.slugEmpty });
  });
});
