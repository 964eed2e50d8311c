import { getDb, type Db } from "./client";

/**
 * A Drizzle prepared statement (or a set of them) for the process's connection, built on first
 * use and rebuilt when the connection changes (tests open a new database per file). Hot reads
 * use this so a cache miss pays for SQLite's work only, not for building the SQL again.
 */
export function prepared<T>(build: (db: Db) => T): () => T {
  const byConnection = new WeakMap<Db, T>();
  return () => {
    const db = getDb();
    let statements = byConnection.get(db);
    if (statements === undefined) {
      statements = build(db);
      byConnection.set(db, statements);
    }
    return statements;
  };
}
