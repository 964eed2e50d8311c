// The comment form's limits, in a module of their own: the browser needs them for the form's
// attributes, and must not download the validation library with them.
export const COMMENT_LIMITS = {
  nameMin: 2,
  nameMax: 80,
  emailMax: 254,
  bodyMin: 2,
  bodyMax: 5000,
} as const;

export type CommentField = "name" | "email" | "body" | "parentId";
