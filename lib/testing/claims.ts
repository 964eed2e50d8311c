import Database from "better-sqlite3";

// Claims on shared test data, across processes: each id goes to one claimant only. The e2e suite
// hands each test an article of its own this way (e2e/claims.ts), whatever the number of
// Playwright workers. A small SQLite file holds the claims; a claim is one IMMEDIATE transaction,
// so two processes claiming at once queue on the lock instead of both taking the same id.

export function openClaims(file: string): Database.Database {
  const db = new Database(file);
  db.pragma("busy_timeout = 10000");
  db.exec(
    "CREATE TABLE IF NOT EXISTS claims (id INTEGER PRIMARY KEY, claimed_by TEXT NOT NULL, claimed_at INTEGER NOT NULL)",
  );
  return db;
}

/** Claims the first of `ids` nobody has claimed yet; undefined when all are taken. */
export function claimFirstFree(
  db: Database.Database,
  ids: readonly number[],
  claimedBy: string,
): number | undefined {
  const taken = db.prepare("SELECT 1 FROM claims WHERE id = ?");
  const claim = db.prepare("INSERT INTO claims (id, claimed_by, claimed_at) VALUES (?, ?, ?)");
  return db
    .transaction(() => {
      const free = ids.find((id) => !taken.get(id));
      if (free !== undefined) claim.run(free, claimedBy, Date.now());
      return free;
    })
    .immediate();
}

export function claimant(db: Database.Database, id: number): string | undefined {
  return (
    db.prepare("SELECT claimed_by AS who FROM claims WHERE id = ?").get(id) as
      { who: string } | undefined
  )?.who;
}
