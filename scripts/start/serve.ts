// `npm start`, step 3: serve the build in production mode (scripts/server.ts).
import { startServer } from "../server";

export async function serve(): Promise<void> {
  // Next reads NODE_ENV itself; `npm start` serves production whatever the shell says.
  (process.env as Record<string, string>).NODE_ENV = "production";
  await startServer();
}
