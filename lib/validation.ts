// zod schemas shared by forms and server actions. Every message is German and sits beside its field.
import { z } from "zod";
import { cleanCommentText, cleanSingleLine } from "./comment-text";
import { COMMENT_LIMITS } from "./comment-limits";
import { formatNumber } from "./i18n";

export { COMMENT_LIMITS, type CommentField } from "./comment-limits";

const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === "") return null;
    if (!/^[1-9][0-9]{0,9}$/.test(v)) {
      ctx.addIssue({
        code: "custom",
        message: "Der Kommentar, auf den Sie antworten, ist ungültig.",
      });
      return z.NEVER;
    }
    return Number(v);
  });

export const commentSchema = z.object({
  articleId: z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/, { message: "Der Artikel ist ungültig." })
    .transform(Number),
  parentId: optionalId,
  name: z
    .string({ message: "Bitte geben Sie Ihren Namen an." })
    .transform(cleanSingleLine)
    .pipe(
      z
        .string()
        .min(COMMENT_LIMITS.nameMin, {
          message: `Bitte geben Sie Ihren Namen an (mindestens ${COMMENT_LIMITS.nameMin} Zeichen).`,
        })
        .max(COMMENT_LIMITS.nameMax, {
          message: `Der Name darf höchstens ${COMMENT_LIMITS.nameMax} Zeichen lang sein.`,
        }),
    ),
  email: z
    .string({ message: "Bitte geben Sie Ihre E-Mail-Adresse an." })
    .transform((v) => cleanSingleLine(v))
    .pipe(
      z
        .string()
        .min(1, { message: "Bitte geben Sie Ihre E-Mail-Adresse an." })
        .max(COMMENT_LIMITS.emailMax, {
          message: `Die E-Mail-Adresse darf höchstens ${COMMENT_LIMITS.emailMax} Zeichen lang sein.`,
        })
        .pipe(
          z.email({
            message: "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.at.",
          }),
        ),
    ),
  body: z
    .string({ message: "Bitte schreiben Sie einen Kommentar." })
    .transform(cleanCommentText)
    .pipe(
      z
        .string()
        .min(COMMENT_LIMITS.bodyMin, {
          message: `Bitte schreiben Sie einen Kommentar (mindestens ${COMMENT_LIMITS.bodyMin} Zeichen).`,
        })
        .max(COMMENT_LIMITS.bodyMax, {
          message: `Ihr Kommentar ist zu lang: höchstens ${formatNumber(COMMENT_LIMITS.bodyMax)} Zeichen.`,
        }),
    ),
  // The honeypot: people never see it, so anything in it comes from a bot.
  website: z.string().optional().default(""),
  token: z.string().optional().default(""),
});

export type CommentInput = z.infer<typeof commentSchema>;
