import { describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/db/schema";
import {
  allowedActions,
  changedFields,
  mayTake,
  parseViennaLocalInput,
  toViennaLocalInput,
  type ArticleFields,
} from "./newsroom";

const fields: ArticleFields = {
  sectionId: 1,
  kicker: "Wien",
  headline: "Neue Straßenbahnlinie",
  teaser: "Die Linie 12 fährt ab Herbst.",
  body: "## Die Strecke\n\nText.",
  authorId: null,
  topics: ["Verkehr", "Wien"],
  slug: "neue-strassenbahnlinie",
  commentsClosed: false,
  seoTitle: "",
  seoDescription: "",
};

describe("changedFields", () => {
  it("names nothing for equal versions and each changed field in the form's order", () => {
    expect(changedFields(fields, { ...fields, topics: ["Verkehr", "Wien"] })).toEqual([]);
    expect(
      changedFields(fields, { ...fields, body: "neu", headline: "Neu", topics: ["Wien"] }),
    ).toEqual(["headline", "body", "topics"]);
    expect(changedFields(fields, { ...fields, authorId: 3, commentsClosed: true })).toEqual([
      "authorId",
      "commentsClosed",
    ]);
  });
  it("counts a new order of topics as a change", () => {
    expect(changedFields(fields, { ...fields, topics: ["Wien", "Verkehr"] })).toEqual(["topics"]);
  });
});

describe("workflow", () => {
  const own = (status: ArticleStatus | null) => ({ status, own: true });
  it("lets an author save and submit own drafts, nothing else", () => {
    expect(allowedActions("author", own(null))).toEqual(["saveDraft", "submit"]);
    expect(allowedActions("author", own("draft"))).toEqual(["saveDraft", "submit"]);
    expect(allowedActions("author", { status: "draft", own: false })).toEqual([]);
    for (const status of ["review", "scheduled", "published", "withdrawn"] as const) {
      expect(allowedActions("author", own(status))).toEqual([]);
    }
  });
  it("lets editors and admins take every step from the right status", () => {
    for (const role of ["editor", "admin"] as const) {
      expect(allowedActions(role, { status: "review", own: false })).toEqual([
        "saveDraft",
        "publish",
        "schedule",
      ]);
      expect(allowedActions(role, { status: "draft", own: false })).toEqual([
        "saveDraft",
        "submit",
        "publish",
        "schedule",
      ]);
      expect(allowedActions(role, { status: "published", own: false })).toEqual([
        "saveDraft",
        "withdraw",
        "stage",
        "scheduleStaged",
        "discardStaged",
      ]);
      expect(allowedActions(role, { status: "withdrawn", own: false })).toEqual([
        "republish",
        "discardStaged",
      ]);
    }
  });
  it("never lets authors stage, plan or discard changes", () => {
    for (const status of ["draft", "published", "withdrawn"] as const) {
      for (const action of ["stage", "scheduleStaged", "discardStaged"] as const) {
        expect(mayTake("author", action, own(status))).toBe(false);
      }
    }
  });
  it("gives moderators nothing", () => {
    expect(allowedActions("moderator", own("draft"))).toEqual([]);
    expect(mayTake("moderator", "publish", own("review"))).toBe(false);
  });
});

describe("Vienna local time", () => {
  it("reads winter and summer times with their offsets", () => {
    expect(parseViennaLocalInput("2026-01-15T12:30")).toBe(Date.parse("2026-01-15T11:30:00Z"));
    expect(parseViennaLocalInput("2026-07-15T12:30")).toBe(Date.parse("2026-07-15T10:30:00Z"));
  });
  it("refuses the hour skipped in spring and takes the earlier of the doubled autumn hour", () => {
    expect(parseViennaLocalInput("2026-03-29T02:30")).toBeNull();
    expect(parseViennaLocalInput("2026-03-29T03:00")).toBe(Date.parse("2026-03-29T01:00:00Z"));
    expect(parseViennaLocalInput("2026-10-25T02:30")).toBe(Date.parse("2026-10-25T00:30:00Z"));
  });
  it("refuses what is no date", () => {
    for (const bad of ["", "morgen", "2026-02-30T10:00", "2026-01-01T24:00", "2026-01-01"]) {
      expect(parseViennaLocalInput(bad)).toBeNull();
    }
  });
  it("shows an instant as Vienna wall-clock time, the way back of parsing", () => {
    expect(toViennaLocalInput(Date.parse("2026-07-15T10:30:00Z"))).toBe("2026-07-15T12:30");
    expect(toViennaLocalInput(Date.parse("2026-10-25T01:30:00Z"))).toBe("2026-10-25T02:30");
    for (const ms of [Date.parse("2026-03-29T01:15:00Z"), Date.parse("2026-12-31T23:59:00Z")]) {
      expect(parseViennaLocalInput(toViennaLocalInput(ms))).toBe(ms);
    }
  });
});
