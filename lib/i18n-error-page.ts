// The error page's words (part of the dictionary in i18n.ts, which merges them into t.error).
export const errorPageWords = {
  title: "Ein Fehler ist aufgetreten",
  text: "Beim Laden dieser Seite ist etwas schiefgegangen. Bitte versuchen Sie es in einem Moment noch einmal.",
  retry: "Erneut versuchen",
} as const;
