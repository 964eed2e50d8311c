// The comment form's and the comment settings' limits, in a module of their own: the browser needs them for the form's
// attributes, and must not download the validation library with them.
export const COMMENT_LIMITS = {
  nameMin: 2,
  nameMax: 80,
  emailMax: 254,
  bodyMin: 2,
  bodyMax: 5000,
} as const;

export type CommentField = "name" | "email" | "body" | "parentId";

/** The comment settings page's limits (closing after N days, the blocklist). */
export const SETTINGS_LIMITS = {
  closeAfterDaysMax: 3650,
  blocklistChars: 20_000,
  blocklistEntries: 1000,
  blocklistEntryMax: 100,
} as const;
