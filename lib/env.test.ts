import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  checkSettings,
  childEnv,
  env,
  settingsSchema,
  SettingsError,
  type SettingName,
} from "./env";

const NAMES = Object.keys(settingsSchema.shape) as SettingName[];
const saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));

/** Sets exactly these settings (all others unset) for one test. */
function setEnv(values: Partial<Record<SettingName, string>>): void {
  for (const name of NAMES) delete process.env[name];
  Object.assign(process.env, values);
}

afterEach(() => {
  for (const name of NAMES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe("settings: defaults", () => {
  it("gives every setting its documented default when nothing is set", () => {
    setEnv({});
    expect(checkSettings()).toEqual({
      PORT: 3000,
      DATABASE_PATH: "data/kiosk.db",
      SITE_URL: undefined,
      SITE_NAME: "Kiosk",
      ADMIN_PASSWORD: undefined,
      SECRET_KEY: undefined,
      TRUST_PROXY: false,
      COMMENT_MIN_FILL_MS: 3000,
      SEED_ARTICLES: 300,
      NEXT_DIST_DIR: ".next",
      KIOSK_SKIP_BUILD: false,
      E2E_PORT: 3107,
      CHROMIUM_PATH: undefined,
      CI: false,
    });
    expect(env.port).toBe(3000);
    expect(env.siteUrl).toBe("http://localhost:3000");
    expect(env.databasePath).toBe(path.resolve("data/kiosk.db"));
    expect(env.commentMinFillMs).toBe(3000);
    expect(env.trustProxy).toBe(false);
  });

  it("treats an empty variable as unset", () => {
    setEnv({ PORT: "", TRUST_PROXY: "", SITE_URL: "", SEED_ARTICLES: "" });
    expect(env.port).toBe(3000);
    expect(env.trustProxy).toBe(false);
    expect(env.siteUrl).toBe("http://localhost:3000");
    expect(env.seedArticles).toBe(300);
  });
});

describe("settings: valid values", () => {
  it("reads each setting as its type", () => {
    setEnv({
      PORT: "8080",
      DATABASE_PATH: "/srv/kiosk/site.db",
      SITE_URL: "https://www.example.at/",
      SITE_NAME: "Der Kiosk",
      ADMIN_PASSWORD: "ein-langes-Passwort",
      SECRET_KEY: "x".repeat(32),
      TRUST_PROXY: "ON",
      COMMENT_MIN_FILL_MS: "0",
      SEED_ARTICLES: "50000",
      NEXT_DIST_DIR: ".next-e2e",
      KIOSK_SKIP_BUILD: "1",
      E2E_PORT: "3132",
      CHROMIUM_PATH: "/opt/chromium",
      CI: "woodpecker",
    });
    expect(checkSettings()).toMatchObject({ PORT: 8080, TRUST_PROXY: true, CI: true });
    expect(env.port).toBe(8080);
    expect(env.databasePath).toBe("/srv/kiosk/site.db");
    expect(env.siteUrl).toBe("https://www.example.at");
    expect(env.siteName).toBe("Der Kiosk");
    expect(env.adminPassword).toBe("ein-langes-Passwort");
    expect(env.secretKey).toBe("x".repeat(32));
    expect(env.trustProxy).toBe(true);
    expect(env.commentMinFillMs).toBe(0);
    expect(env.seedArticles).toBe(50_000);
    expect(env.nextDistDir).toBe(".next-e2e");
    expect(env.skipBuild).toBe(true);
    expect(env.e2ePort).toBe(3132);
    expect(env.chromiumPath).toBe("/opt/chromium");
    expect(env.ci).toBe(true);
  });

  it("derives SITE_URL from PORT when unset", () => {
    setEnv({ PORT: "4000" });
    expect(env.siteUrl).toBe("http://localhost:4000");
  });

  it.each([
    ["TRUST_PROXY", "1", true],
    ["TRUST_PROXY", "true", true],
    ["TRUST_PROXY", "yes", true],
    ["TRUST_PROXY", "ja", true],
    ["TRUST_PROXY", "0", false],
    ["TRUST_PROXY", "off", false],
    ["TRUST_PROXY", "False", false],
    ["TRUST_PROXY", "nein", false],
    ["KIOSK_SKIP_BUILD", "on", true],
    ["KIOSK_SKIP_BUILD", "no", false],
    // CI systems set CI to "true", "1" or their own name; only the usual "off" words mean no.
    ["CI", "false", false],
    ["CI", "0", false],
    ["CI", "true", true],
    ["CI", "github", true],
  ] as const)("reads %s=%s as %s", (name, value, expected) => {
    setEnv({ [name]: value });
    expect(checkSettings()[name]).toBe(expected);
  });

  it("reads a setting again after it changed (unit tests switch databases between cases)", () => {
    setEnv({ DATABASE_PATH: "/tmp/a.db" });
    expect(env.databasePath).toBe("/tmp/a.db");
    process.env.DATABASE_PATH = "/tmp/b.db";
    expect(env.databasePath).toBe("/tmp/b.db");
  });
});

describe("settings: bad values are refused with a German message", () => {
  const cases: [SettingName, string, string][] = [
    ["PORT", "abc", "eine ganze Zahl von 1 bis 65535"],
    ["PORT", "0", "eine ganze Zahl von 1 bis 65535"],
    ["PORT", "65536", "eine ganze Zahl von 1 bis 65535"],
    ["PORT", "80.5", "eine ganze Zahl von 1 bis 65535"],
    ["SITE_URL", "www.example.at", "mit http:// oder https://"],
    ["SITE_URL", "ftp://example.at", "mit http:// oder https://"],
    ["SITE_URL", "https://example.at/kiosk", "mit http:// oder https://"],
    ["SITE_NAME", "K".repeat(81), "höchstens 80 Zeichen"],
    ["TRUST_PROXY", "nginx", "1, true, yes, on, ja (an)"],
    ["COMMENT_MIN_FILL_MS", "-1", "von 0 bis 60000"],
    ["COMMENT_MIN_FILL_MS", "60001", "von 0 bis 60000"],
    ["SEED_ARTICLES", "viele", "von 1 bis 200000"],
    ["SEED_ARTICLES", "0", "von 1 bis 200000"],
    ["NEXT_DIST_DIR", "/tmp/build", "innerhalb des Projekts"],
    ["NEXT_DIST_DIR", "../elsewhere", "innerhalb des Projekts"],
    ["NEXT_DIST_DIR", ".", "innerhalb des Projekts"],
    ["KIOSK_SKIP_BUILD", "bitte", "1, true, yes, on, ja (an)"],
    ["E2E_PORT", "80", "von 1024 bis 65535"],
  ];

  it.each(cases)("%s=%s", (name, value, rule) => {
    setEnv({ [name]: value });
    const error = (() => {
      try {
        checkSettings();
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(SettingsError);
    const message = (error as SettingsError).message;
    expect(message).toContain("Eine Einstellung ist ungültig:");
    expect(message).toContain(`${name}="${value}": erwartet`);
    expect(message).toContain(rule);
    expect((error as SettingsError).settings).toEqual([name]);
  });

  it("refuses a bad value on access too, rather than falling back", () => {
    setEnv({ PORT: "abc" });
    expect(() => env.port).toThrow(/PORT="abc": erwartet eine ganze Zahl von 1 bis 65535/);
    expect(() => env.siteUrl).toThrow(SettingsError);
    setEnv({ COMMENT_MIN_FILL_MS: "3s" });
    expect(() => env.commentMinFillMs).toThrow(/COMMENT_MIN_FILL_MS="3s"/);
  });

  it("names every bad setting at once", () => {
    setEnv({ PORT: "abc", TRUST_PROXY: "vielleicht", SEED_ARTICLES: "5000" });
    expect(() => checkSettings()).toThrow(
      "2 Einstellungen sind ungültig:\n" +
        '  PORT="abc": erwartet eine ganze Zahl von 1 bis 65535.\n' +
        '  TRUST_PROXY="vielleicht": erwartet 1, true, yes, on, ja (an) oder 0, false, no, off, nein (aus).',
    );
  });

  it("never prints a secret's value", () => {
    setEnv({ SECRET_KEY: "kurz-und-geheim" });
    expect(() => checkSettings()).toThrow("SECRET_KEY (Wert verborgen): erwartet einen Schlüssel");
    expect(() => env.secretKey).toThrow(SettingsError);
    try {
      checkSettings();
    } catch (error) {
      expect((error as Error).message).not.toContain("kurz-und-geheim");
    }
  });
});

describe("childEnv", () => {
  it("passes this environment on with overrides, and removes what is overridden with undefined", () => {
    setEnv({ PORT: "3100", SITE_NAME: "Kiosk" });
    const child = childEnv({ PORT: "3200", SITE_NAME: undefined });
    expect(child.PORT).toBe("3200");
    expect(child.SITE_NAME).toBeUndefined();
    expect(child.PATH).toBe(process.env.PATH);
    expect(process.env.PORT).toBe("3100");
  });
});

// The promise of this module: nothing else reads process.env. Writes (a child's environment,
// NODE_ENV before serving) are allowed; unit tests (*.test.ts) set up and restore variables.
describe("process.env has one reader", () => {
  const root = path.resolve(import.meta.dirname, "..");
  const skip = new Set(["node_modules", ".git", "test-results", "playwright-report"]);

  function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (skip.has(entry.name) || entry.name.startsWith(".next")) return [];
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sources(full);
      return /\.(ts|tsx|mts|mjs|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)
        ? [full]
        : [];
    });
  }

  /** A write: `process.env.X = …`, `process.env[k] = …`, `(process.env as …).X = …`, `delete …`. */
  function isWrite(text: string, at: number): boolean {
    const after = text.slice(at);
    if (/^process\.env(\.\w+|\[[^\]]+\])\s*=[^=]/.test(after)) return true;
    if (/delete\s+$/.test(text.slice(Math.max(0, at - 10), at))) return true;
    return text[at - 1] === "(" && /^process\.env as [^)]+\)\.\w+\s*=[^=]/.test(after);
  }

  it("no file but lib/env.ts reads it", () => {
    const readers: string[] = [];
    for (const file of sources(root)) {
      if (file === path.join(root, "lib", "env.ts")) continue;
      const text = fs.readFileSync(file, "utf8");
      for (const match of text.matchAll(/process\.env\b/g)) {
        if (isWrite(text, match.index)) continue;
        const line = text.slice(0, match.index).split("\n").length;
        readers.push(`${path.relative(root, file)}:${line}`);
      }
    }
    expect(readers).toEqual([]);
  });
});
