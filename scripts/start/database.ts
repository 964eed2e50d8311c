// `npm start`, step 1: create or migrate the database, create the first admin on a database
// without staff, and fill an empty database with demo content.
import { eq } from "drizzle-orm";
import { closeDatabase, openDatabase } from "@/db/client";
import { staff } from "@/db/schema";
import { isDatabaseEmpty, seedDatabase } from "@/db/seed";
import { ensureFirstAdmin, FIRST_ADMIN, validatePassword } from "@/db/queries/staff";
import { env } from "@/lib/env";
import { t } from "@/lib/i18n";

export async function prepareDatabase(): Promise<void> {
  // Checked whether or not it is needed now: a password too short for the staff rule is
  // a mistake in the settings either way, and would otherwise surface only on a fresh database.
  const adminPassword = env.adminPassword;
  const passwordProblem = adminPassword === undefined ? null : validatePassword(adminPassword);
  if (passwordProblem) {
    console.error(t.operations.adminPassword(passwordProblem));
    process.exit(1);
  }
  const db = openDatabase(env.databasePath);
  const admin = await ensureFirstAdmin(db, adminPassword);
  if (admin.created && admin.generatedPassword) {
    console.log(t.operations.firstAdminGenerated(FIRST_ADMIN, admin.generatedPassword));
  } else if (admin.created) {
    console.log(t.operations.firstAdminFromSetting(FIRST_ADMIN));
  }
  if (isDatabaseEmpty(db)) {
    const articles = env.seedArticles;
    console.log(t.operations.seeding(articles));
    // Seeded staff replies and moderation are the first admin's (created now or before).
    const staffId = admin.created
      ? admin.id
      : db.select({ id: staff.id }).from(staff).where(eq(staff.username, FIRST_ADMIN)).get()?.id;
    seedDatabase(db, { articles, staffId });
  }
  closeDatabase(db);
}
