import fs from "node:fs";
import { getDb } from "@/db/client";
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
    const row = getDb().$client.prepare("SELECT COUNT(*) AS n FROM sections").get() as {
      n: number;
    };
    return Response.json(
      { status: "ok", sections: row.n, ms: Math.round((performance.now() - started) * 10) / 10 },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return Response.json(
      { status: "error", message: "Datenbank nicht erreichbar" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
