// What each moderation action does to a comment's status. Pure, so the rules are tested alone.
import type { CommentStatus } from "@/db/schema";

export const moderationActions = [
  "approve",
  "unapprove",
  "spam",
  "trash",
  "restore",
  "delete",
] as const;
export type ModerationAction = (typeof moderationActions)[number];

/** The status after the action, "deleted" for delete forever, or null when it does not apply. */
export function nextStatus(
  action: ModerationAction,
  from: CommentStatus,
): CommentStatus | "deleted" | null {
  switch (action) {
    case "approve":
      return from === "approved" ? null : "approved";
    case "unapprove":
      return from === "approved" ? "pending" : null;
    case "spam":
      return from === "spam" ? null : "spam";
    case "trash":
      return from === "trash" ? null : "trash";
    case "restore":
      return from === "spam" || from === "trash" ? "pending" : null;
    case "delete":
      // Deleting for good only from the spam or trash queue, so nothing public vanishes by mistake.
      return from === "spam" || from === "trash" ? "deleted" : null;
  }
}
