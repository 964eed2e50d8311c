import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments } from "@/db/schema";
import { t } from "@/lib/i18n";
import { writeAudit } from "./audit";
import { adjustCommentCount, type ModerationResult } from "./moderation";
import type { StaffMember } from "./staff";

/**
 * GDPR erasure: every comment of one address (compared without case), deleted for good in one
 * transaction, with one audit entry each that keeps no trace of the address.
 */
export function eraseByEmail(
  staff: StaffMember,
  email: string,
  now = Date.now(),
): ModerationResult {
  return getDb().transaction(
    (tx): ModerationResult => {
      const rows = tx
        .select({ id: comments.id, articleId: comments.articleId, status: comments.status })
        .from(comments)
        .where(sql`${comments.authorEmail} = ${email} COLLATE NOCASE`)
        .all();
      const publicArticles = new Set<number>();
      for (const row of rows) {
        tx.delete(comments).where(eq(comments.id, row.id)).run();
        if (row.status === "approved") {
          adjustCommentCount(row.articleId, -1);
          publicArticles.add(row.articleId);
        }
        writeAudit(
          tx,
          staff,
          {
            commentId: row.id,
            articleId: row.articleId,
            action: "erase",
            from: row.status,
            to: "deleted",
            detail: t.admin.auditDetail.erasure,
          },
          now,
        );
      }
      return { changed: rows.length, publicArticles: [...publicArticles] };
    },
    { behavior: "immediate" },
  );
}
