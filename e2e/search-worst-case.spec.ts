import { expect, test } from "@playwright/test";
import { testDb } from "./db";

// Issue 10: whatever a stranger types into the search, the answer is a page in German (results,
// nothing found, or "Suche zu allgemein"), never an error, and other pages keep answering.

/** The commonest words of the test archive: the broadest prefixes anyone could pick. */
function commonWords(count: number): string[] {
  return (
    testDb()
      .prepare(
        `SELECT term FROM articles_fts_vocab WHERE length(term) >= 6 AND term GLOB '[a-z]*'
          ORDER BY doc DESC LIMIT ?`,
      )
      .all(count) as { term: string }[]
  ).map((r) => r.term);
}

// Named here, built when a test runs: the database exists only once the server has started.
const WORST_CASES: [name: string, query: () => string][] = [
  ["single letters", () => "a b c d e f g h"],
  ["a letter and a star", () => "s*"],
  ["the commonest short words", () => "die der und ein ist das sch ver"],
  ["3-letter prefixes of the commonest words", () => commonPrefixes(3)],
  ["5-letter prefixes of the commonest words", () => commonPrefixes(5)],
  ["200 characters of prefixes", () => "abc abd abe abf abg abh abi abj abk abl ".repeat(5).trim()],
  ["digits", () => "1 2 3 4 5 6 7 8"],
  ["umlaut variants", () => "Müller Mueller Muller Straße Strasse Grüße Gruesse Über"],
  ["repeated words", () => "wien ".repeat(40).trim()],
  ["FTS5 syntax", () => 'NEAR(a b, 2) OR "x" * ( ) ^ headline:abc - AND NOT body:s*'],
  ["one 199-letter word", () => "a".repeat(199)],
];

function commonPrefixes(length: number): string {
  return commonWords(8)
    .map((w) => w.slice(0, length))
    .join(" ");
}

const ANSWER = /Treffer|nichts gefunden|Suche zu allgemein|in einem Moment noch einmal/;

for (const [name, query] of WORST_CASES) {
  test(`worst-case search gets a German answer page, not an error: ${name}`, async ({ page }) => {
    const q = query();
    const response = await page.goto(`/suche?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Suchergebnisse für „${q}“`);
    await expect(page.locator("main")).toContainText(ANSWER);
  });
}

test("a burst of worst-case searches leaves the other pages answering", async ({ request }) => {
  const searches = WORST_CASES.map(([, query]) =>
    request.get(`/suche?q=${encodeURIComponent(query())}`),
  );
  const [politik, ...answers] = await Promise.all([request.get("/politik"), ...searches]);
  expect(politik?.status()).toBe(200);
  for (const answer of answers) {
    expect(answer.status()).toBe(200);
    expect(await answer.text()).toMatch(ANSWER);
  }
});
