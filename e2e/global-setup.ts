import fs from "node:fs";
import { E2E_CLAIMS } from "./env";

// Each run hands out articles afresh (e2e/claims.ts): the claims of an earlier run go.
export default function globalSetup(): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) {
    fs.rmSync(`${E2E_CLAIMS}${suffix}`, { force: true });
  }
}
