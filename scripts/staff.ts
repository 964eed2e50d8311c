// `npm run staff -- add NAME [--role admin|moderator] [--name "Anzeige Name"] [--password-stdin]`
// `npm run staff -- reset NAME [--password-stdin]`
// The password never comes from an argument (it would show in `ps`): from stdin or a prompt.
import readline from "node:readline";
import { openDatabase } from "@/db/client";
import { staffRoles, type StaffRole } from "@/db/schema";
import {
  addStaffUser,
  resetStaffPassword,
  validatePassword,
  validateUsername,
} from "@/db/staff-accounts";
import { env } from "@/lib/env";

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    "Aufruf: npm run staff -- add NAME [--role admin|moderator] [--name ANZEIGENAME] [--password-stdin]\n" +
      "        npm run staff -- reset NAME [--password-stdin]",
  );
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
  if (!process.stdin.isTTY)
    usage("Kein Terminal: bitte das Passwort mit --password-stdin übergeben.");
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
  const first = await prompt("Neues Passwort: ");
  const second = await prompt("Passwort wiederholen: ");
  if (first !== second) usage("Die Passwörter stimmen nicht überein.");
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
  if (!staffRoles.includes(role)) usage(`Unbekannte Rolle "${role}" (admin oder moderator).`);

  const password = await readPassword(args.includes("--password-stdin"));
  const passwordError = validatePassword(password);
  if (passwordError) usage(passwordError);

  const db = openDatabase(env.databasePath);
  try {
    if (command === "add") {
      const exists = db.$client
        .prepare("SELECT 1 FROM staff WHERE username = ? COLLATE NOCASE")
        .get(username);
      if (exists)
        usage(
          `Den Benutzer "${username}" gibt es schon. Passwort ändern: npm run staff -- reset ${username}`,
        );
      await addStaffUser(db, { username, displayName: flag("--name"), role, password });
      console.log(`Benutzer "${username}" (${role}) angelegt.`);
    } else {
      if (!(await resetStaffPassword(db, username, password)))
        usage(`Den Benutzer "${username}" gibt es nicht.`);
      console.log(`Passwort von "${username}" geändert; alle Sitzungen wurden beendet.`);
    }
  } finally {
    db.$client.close();
  }
}

await main();
