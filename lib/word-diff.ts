// A word-level comparison of two texts, for the newsroom's revisions page: what was removed and
// what was added, with the words in between kept. jsdiff's word diff (the `diff` package) does
// the matching; whitespace and punctuation stay with their words so the text reads as written.
import { diffWordsWithSpace } from "diff";

export type DiffPart = { kind: "same" | "removed" | "added"; text: string };

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

/** Whether the comparison found any change at all. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.kind !== "same");
}
