import { afterEach, describe, expect, it, vi } from "vitest";
import { parseCommandLine, runCli, UsageError, wholeNumber } from "./cli";

const options = {
  articles: { type: "string" },
  fresh: { type: "boolean" },
  "node-arg": { type: "string", multiple: true },
} as const;

describe("parseCommandLine", () => {
  it("reads --flag value, --flag=value, booleans and repeated flags", () => {
    expect(
      parseCommandLine(
        ["--articles", "500", "--fresh", "--node-arg=--a", "--node-arg", "--b"],
        options,
        ["node-arg"],
      ),
    ).toEqual({ articles: "500", fresh: true, "node-arg": ["--a", "--b"] });
    expect(parseCommandLine(["--articles=7"], options)).toEqual({ articles: "7" });
  });

  it("refuses unknown flags, missing values and stray arguments as usage errors", () => {
    expect(() => parseCommandLine(["--bogus"], options)).toThrow(UsageError);
    expect(() => parseCommandLine(["--articles"], options)).toThrow(UsageError);
    expect(() => parseCommandLine(["500"], options)).toThrow(UsageError);
    expect(() => parseCommandLine(["--fresh=yes"], options)).toThrow(UsageError);
  });
});

describe("wholeNumber", () => {
  const bounds = { min: 10, max: 100 };
  it("gives the fallback when the flag is missing, else the number", () => {
    expect(wholeNumber("n", undefined, bounds, 42)).toBe(42);
    expect(wholeNumber("n", "10", bounds, 42)).toBe(10);
    expect(wholeNumber("n", "100", bounds, 42)).toBe(100);
  });
  it.each(["9", "101", "1e2", "-5", "5.5", "", "zehn"])("refuses %j", (raw) => {
    expect(() => wholeNumber("n", raw, bounds, 42)).toThrow(
      `--n must be a whole number from 10 to 100, got "${raw}"`,
    );
  });
});

describe("runCli", () => {
  const exitCode = process.exitCode;
  afterEach(() => {
    process.exitCode = exitCode;
    vi.restoreAllMocks();
  });

  it("sets the exit code main returns", async () => {
    await runCli("x", "USAGE", () => 3);
    expect(process.exitCode).toBe(3);
  });

  it("prints the usage text for --help (0) and after a usage error (2)", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await runCli("x", "USAGE", () => {
      parseCommandLine(["-h"], options);
      return 1;
    });
    expect(process.exitCode).toBe(0);
    expect(log).toHaveBeenCalledWith("USAGE");
    await runCli("x", "USAGE", () => wholeNumber("n", "zehn", { min: 1, max: 2 }, 1));
    expect(process.exitCode).toBe(2);
    expect(error).toHaveBeenCalledWith(
      'x: --n must be a whole number from 1 to 2, got "zehn"\n\nUSAGE',
    );
  });

  it("reports any other failure with exit code 1", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await runCli("x", "USAGE", async () => {
      throw new Error("kaputt");
    });
    expect(process.exitCode).toBe(1);
    expect(String(error.mock.calls[0]?.[0])).toMatch(/^x: Error: kaputt/);
  });
});
