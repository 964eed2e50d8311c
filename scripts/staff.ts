// `npm run staff -- add NAME [--role admin|editor|author|moderator] [--name "Anzeige Name"] [--password-stdin]`
// `npm run staff -- reset NAME [--password-stdin]`
// The password never comes from an argument (it would show in `ps`): from stdin or a prompt.
import readline from "node:readline";
import { closeDatabase, openDatabase } from "@/db/client";
import { staffRoles, type StaffRole } from "@/db/schema";
import {
  addStaffUser,
  findStaffId,
  resetStaffPassword,
  validatePassword,
  validateUsername,
} from "@/db/queries/staff";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(t.staffCli.usage);
  process.exit(2);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

function prompt(question: string): Promise<string> {
  if (!process.stdin.isTTY) usage(t.staffCli.noTerminal);
  return new Promise((resolve) => {
    const rl = readline.createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
    });
    // Hide what is typed.
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    output._writeToOutput = () => undefined;
    process.stdout.write(question);
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readStdin();
  const first = await prompt(t.staffCli.newPassword);
  const second = await prompt(t.staffCli.repeatPassword);
  if (first !== second) usage(t.staffCli.passwordsDiffer);
  return first;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const [command, username] = args;
  if (!command || !username || !["add", "reset"].includes(command)) usage();
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const usernameError = validateUsername(username);
  if (usernameError) usage(usernameError);
  const role = (flag("--role") ?? "moderator") as StaffRole;
  if (!staffRoles.includes(role)) usage(t.staffCli.unknownRole(role));

  const password = await readPassword(args.includes("--password-stdin"));
  const passwordError = validatePassword(password);
  if (passwordError) usage(passwordError);

  const db = openDatabase(env.databasePath);
  try {
    if (command === "add") {
      if (findStaffId(db, username) !== null) usage(t.staffCli.exists(username));
      await addStaffUser(db, { username, displayName: flag("--name"), role, password });
      console.log(t.staffCli.added(username, role));
    } else {
      if (!(await resetStaffPassword(db, username, password))) usage(t.staffCli.missing(username));
      console.log(t.staffCli.reset(username));
    }
  } finally {
    closeDatabase(db);
  }
}

await main();
