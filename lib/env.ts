// The one reader of process.env: every setting of the site and of its tooling (npm start, the
// build, the tests, the bench), validated by one zod schema. Everything else imports `env` (or
// `childEnv` for a child process's environment) from here; writing process.env elsewhere, to
// hand a setting to a child or to Next, is fine.
//
// Settings are read on access, not once at import: unit tests set DATABASE_PATH between cases,
// and scripts set NEXT_DIST_DIR or NODE_ENV before the code that reads them runs. `checkSettings`
// validates all of them at once; `npm start` calls it first, so a bad value stops the start with
// a German message naming the setting instead of falling back to a default without a word.
//
// Relative imports only: next.config.ts, drizzle.config.ts and playwright.config.ts load this
// file, and their loaders know no "@/" alias.
import path from "node:path";
import { z } from "zod";
import { t } from "./i18n";

// Both the spelled-out and the usual short forms, in English and German. Anything else is
// refused: a typo in TRUST_PROXY must neither trust a forged X-Forwarded-For nor silently not.
const onOff = z.stringbool({
  truthy: ["1", "true", "yes", "on", "ja"],
  falsy: ["0", "false", "no", "off", "nein"],
});

function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^[0-9]{1,9}$/)
    .transform(Number)
    .pipe(z.number().min(min).max(max));
}

/**
 * Every setting, by its variable's name. An empty variable counts as unset (see rawSettings).
 * Each one refuses a bad value rather than falling back: a typo in PORT would otherwise serve
 * on 3000, one in SEED_ARTICLES seed a database of another size, one in SITE_URL print broken
 * canonical links into every cached page.
 */
export const settingsSchema = z.object({
  /** HTTP port of `npm start`. */
  PORT: wholeNumber(1, 65_535).default(3000),
  /** The SQLite file; resolved against the working directory (see env.databasePath). */
  DATABASE_PATH: z.string().default("data/kiosk.db"),
  /** The public origin for canonical links, sitemaps, feeds; a path or query would break them. */
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .refine((url) => {
      // zod runs this check even after the URL check failed.
      const parsed = URL.canParse(url) ? new URL(url) : null;
      return parsed !== null && parsed.pathname === "/" && !parsed.search && !parsed.hash;
    })
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  SITE_NAME: z.string().max(80).default("Kiosk"),
  /** The first admin's password on an empty database; the start checks it against the staff rule. */
  ADMIN_PASSWORD: z.string().optional(),
  /** Key for the IP hash and signed form tokens; as long as the one generated when unset. */
  SECRET_KEY: z.string().min(32).optional(),
  /** Take the client IP from X-Forwarded-For (only behind a proxy that overwrites it). */
  TRUST_PROXY: onOff.default(false),
  /**
   * The comment form's minimum fill time in ms (lib/form-token.ts). The e2e suite sets it low so
   * no test waits on a fixed timer; a site has no reason to change it.
   */
  COMMENT_MIN_FILL_MS: wholeNumber(0, 60_000).default(3_000),
  /** Demo articles `npm start` puts into an empty database (the seed's own bounds). */
  SEED_ARTICLES: wholeNumber(1, 200_000).default(300),
  /** Next's build folder: tests and the bench build into their own so they never clobber `.next`. */
  NEXT_DIST_DIR: z
    .string()
    .refine((dir) => {
      const normal = path.normalize(dir);
      return !path.isAbsolute(dir) && normal !== "." && !normal.startsWith("..");
    })
    .default(".next"),
  /** `npm start` serves the build it finds (the bench and the e2e servers bring their own). */
  KIOSK_SKIP_BUILD: onOff.default(false),
  /** Port of the e2e suite's server (Playwright), so parallel checkouts need not share one. */
  E2E_PORT: wholeNumber(1024, 65_535).default(3107),
  /** A Chromium for Playwright, the bench and Lighthouse (default: Debian's /usr/bin/chromium). */
  CHROMIUM_PATH: z.string().optional(),
  /**
   * Set by CI systems: "true", "1" or their own name. Never refused; only "0", "false", "no" and
   * "off" count as not on CI.
   */
  CI: z
    .string()
    .optional()
    .transform((v) => v !== undefined && !["0", "false", "no", "off"].includes(v.toLowerCase())),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingName = keyof typeof settingsSchema.shape;

const SETTING_NAMES = Object.keys(settingsSchema.shape) as SettingName[];
/** Never echoed in an error message. */
const SECRET_SETTINGS: ReadonlySet<SettingName> = new Set(["ADMIN_PASSWORD", "SECRET_KEY"]);

/** A bad value of one or more settings; the message is German and names each one. */
export class SettingsError extends Error {
  constructor(readonly settings: readonly SettingName[]) {
    super(
      [
        t.operations.badSettings(settings.length),
        ...settings.map(
          (name) =>
            "  " +
            t.operations.badSetting(
              name,
              SECRET_SETTINGS.has(name) ? null : (rawValue(name) ?? ""),
              t.operations.settingRules[name],
            ),
        ),
      ].join("\n"),
    );
    this.name = "SettingsError";
  }
}

function rawValue(name: SettingName): string | undefined {
  // Deployment tools often write an empty variable for "not set"; it means the default.
  return process.env[name] || undefined;
}

function rawSettings(): Record<SettingName, string | undefined> {
  return Object.fromEntries(SETTING_NAMES.map((name) => [name, rawValue(name)])) as Record<
    SettingName,
    string | undefined
  >;
}

/** Validates every setting at once; throws a SettingsError naming all bad ones. */
export function checkSettings(): Settings {
  const result = settingsSchema.safeParse(rawSettings());
  if (result.success) return result.data;
  const bad = new Set(result.error.issues.map((issue) => issue.path[0] as SettingName));
  throw new SettingsError(SETTING_NAMES.filter((name) => bad.has(name)));
}

// The server reads some settings on every request; parse each raw value once.
const parsed = new Map<SettingName, { raw: string | undefined; value: unknown }>();

function read<K extends SettingName>(name: K): Settings[K] {
  const raw = rawValue(name);
  const cached = parsed.get(name);
  if (cached && cached.raw === raw) return cached.value as Settings[K];
  const schema: z.ZodType = settingsSchema.shape[name];
  const result = schema.safeParse(raw);
  if (!result.success) throw new SettingsError([name]);
  parsed.set(name, { raw, value: result.data });
  return result.data as Settings[K];
}

/** Settings the code uses as they are, by the name it knows them by. */
const AS_IS = {
  port: "PORT",
  siteName: "SITE_NAME",
  adminPassword: "ADMIN_PASSWORD",
  secretKey: "SECRET_KEY",
  trustProxy: "TRUST_PROXY",
  commentMinFillMs: "COMMENT_MIN_FILL_MS",
  seedArticles: "SEED_ARTICLES",
  nextDistDir: "NEXT_DIST_DIR",
  skipBuild: "KIOSK_SKIP_BUILD",
  e2ePort: "E2E_PORT",
  chromiumPath: "CHROMIUM_PATH",
  ci: "CI",
} as const satisfies Record<string, SettingName>;

type Env = { readonly [K in keyof typeof AS_IS]: Settings[(typeof AS_IS)[K]] } & {
  /** DATABASE_PATH, resolved against the working directory. */
  readonly databasePath: string;
  /** SITE_URL without a trailing slash, or http://localhost:PORT. */
  readonly siteUrl: string;
};

/** Every setting as a getter, read (and checked) on access. */
export const env: Env = Object.defineProperties(
  {
    get databasePath(): string {
      // turbopackIgnore: the database is data, not code to trace into the server bundle.
      return path.resolve(/*turbopackIgnore: true*/ read("DATABASE_PATH"));
    },
    get siteUrl(): string {
      return read("SITE_URL") ?? `http://localhost:${read("PORT")}`;
    },
  },
  Object.fromEntries(
    Object.entries(AS_IS).map(([key, name]) => [key, { get: () => read(name), enumerable: true }]),
  ),
) as Env;

/**
 * The environment for a child process: this one's, with `overrides` on top (an undefined
 * override removes the variable). The child's own settings module validates what it reads.
 */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return result;
}
