import type { Page } from "@playwright/test";
import { testDb } from "./db";

// What the newsroom's specs share: writing a draft through the editor form, the article's id
// from the editor's URL, and its row and audit entries as stored.

export function articleRow(id: number) {
  return testDb()
    .prepare(
      `SELECT a.status, a.slug, a.headline, a.body, a.revision, s.slug AS sectionSlug
       FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.id = ?`,
    )
    .get(id) as {
    status: string;
    slug: string;
    headline: string;
    body: string;
    revision: number;
    sectionSlug: string;
  };
}

export function auditActions(id: number): string[] {
  return (
    testDb().prepare("SELECT action FROM audit_log WHERE article_id = ? ORDER BY id").all(id) as {
      action: string;
    }[]
  ).map((row) => row.action);
}

export function idFromUrl(page: Page): number {
  const match = /\/admin\/artikel\/(\d+)/.exec(page.url());
  if (!match) throw new Error(`not an editor URL: ${page.url()}`);
  return Number(match[1]);
}

/** Fills the new-article form (two subheadings, a quote, a list); the slug comes from the headline. */
export async function writeDraft(page: Page, headline: string, topics: string): Promise<void> {
  await page.goto("/admin/artikel/neu");
  await page.getByLabel("Dachzeile").fill("Testdachzeile");
  await page.getByLabel("Titel", { exact: true }).fill(headline);
  await page.getByLabel("Vorspann").fill(`Der Vorspann zu ${headline}.`);
  await page
    .getByLabel("Text", { exact: true })
    .fill(
      "Einleitung.\n\n## Erster Zwischentitel\n\nAbsatz eins.\n\n## Zweiter Zwischentitel\n\n> Ein Zitat\n\n- Punkt eins\n- Punkt zwei",
    );
  await page.getByLabel("Themen").fill(topics);
}
