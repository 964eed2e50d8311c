import { getDb } from "@/db/client";

export const dynamic = "force-dynamic";

/** 200 when the database answers a query, 503 when it does not. */
export function GET() {
  try {
    getDb().$client.prepare("SELECT 1").get();
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json(
      { status: "error", message: "Datenbank nicht erreichbar" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
