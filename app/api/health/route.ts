import fs from "node:fs";
import { count } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sections } from "@/db/schema";
import { t } from "@/lib/i18n";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * 200 when the database answers, 503 when it does not: the query fails, or the file the site
 * writes to is gone (a lost volume; the open handle would otherwise hide that).
 */
export function GET() {
  const started = performance.now();
  try {
    if (!fs.existsSync(env.databasePath)) throw new Error("database file missing");
    const row = getDb().select({ n: count() }).from(sections).get();
    return Response.json(
      {
        status: "ok",
        sections: row?.n ?? 0,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return Response.json(
      { status: "error", message: t.error.databaseDown },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
