// `npm start`, one command in four steps: check the settings, create or migrate the database
// (first admin, demo content when empty), build when the build is missing or older than the
// sources, then serve. Each step is a module of its own.
import { exitOnBadSettings } from "./cli";
import { buildIfStale } from "./start/build";
import { prepareDatabase } from "./start/database";
import { serve } from "./start/serve";

exitOnBadSettings();
await prepareDatabase();
buildIfStale();
await serve();
