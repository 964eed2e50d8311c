// What the command-line scripts share: the settings check, argument parsing (node:util's
// parseArgs, strict: unknown flags and missing values are errors) with a usage text, whole-number
// flags, and turning an async main into an exit code.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { checkSettings, SettingsError } from "@/lib/env";
import { t } from "@/lib/i18n";

/** Stops with the settings module's German message when an environment variable is bad. */
export function exitOnBadSettings(): void {
  try {
    checkSettings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(`${error.message}\n${t.operations.fixSettings}`);
    process.exit(1);
  }
}

/** A mistake on the command line: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

/** --help or -h: the usage text, exit code 0. */
class HelpRequested extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;
type Values<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>
>["values"];

/**
 * The flags of `argv` (`--flag value` or `--flag=value`), as `options` declares them. `--help`
 * and `-h` end the script with its usage text (see runCli). Values of the flags named in
 * `dashValues` may start with a dash (`--server-node-arg --cpu-prof`), which parseArgs would
 * otherwise take for a forgotten value.
 */
export function parseCommandLine<const O extends Options>(
  argv: readonly string[],
  options: O,
  dashValues: readonly string[] = [],
): Values<O> {
  if (argv.includes("--help") || argv.includes("-h")) throw new HelpRequested();
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if (dashValues.includes(arg.replace(/^--/, "")) && next !== undefined && !arg.includes("=")) {
      args.push(`${arg}=${next}`);
      i++;
    } else args.push(arg);
  }
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS_"))
      throw new UsageError((error as Error).message);
    throw error;
  }
}

/** A flag's value as a whole number within bounds; undefined (flag not given) gives `fallback`. */
export function wholeNumber(
  flag: string,
  raw: string | undefined,
  bounds: { min: number; max: number },
  fallback: number,
): number {
  if (raw === undefined) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < bounds.min || n > bounds.max) {
    throw new UsageError(
      `--${flag} must be a whole number from ${bounds.min} to ${bounds.max}, got "${raw}"`,
    );
  }
  return n;
}

/**
 * Runs a script's main and sets the exit code from it: a UsageError prints the message and the
 * usage text (2), --help the usage text (0), any other error its stack (1).
 */
export function runCli(
  name: string,
  usage: string,
  main: () => Promise<number> | number,
): Promise<void> {
  return Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        if (error instanceof HelpRequested) {
          console.log(usage);
          process.exitCode = 0;
        } else if (error instanceof UsageError) {
          console.error(`${name}: ${error.message}\n\n${usage}`);
          process.exitCode = 2;
        } else {
          console.error(
            `${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          );
          process.exitCode = 1;
        }
      },
    );
}
