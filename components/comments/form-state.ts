import type { CommentField } from "@/lib/comment-limits";

export type CommentFormState =
  | { status: "idle" }
  | {
      status: "error";
      message: string;
      errors: Partial<Record<CommentField, string>>;
      values: { name: string; email: string; body: string; parentId: string };
      token: string;
    }
  | { status: "success"; approved: boolean; submittedBody: string; token: string };

export const initialCommentFormState: CommentFormState = { status: "idle" };
