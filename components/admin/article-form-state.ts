// What the editor form's action answers when it does not move on to the saved article: the
// values as typed, a message per field and one for the form. `at` tells one answer from the
// next, so the form re-mounts with the answer's values.
export interface ArticleFormState {
  values: Record<string, string>;
  errors: Record<string, string>;
  message: string | null;
  at: number;
  /** A save refused over a change made meanwhile: the revisions page comparing the form's
   * revision with the current one, so the editor sees what changed. */
  compare?: string;
}
