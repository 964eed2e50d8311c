// Entry of the search thread. It runs outside Next's bundle, so it loads its TypeScript through
// tsx (a runtime dependency, as for `npm start`), which also resolves the "@/" paths.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
