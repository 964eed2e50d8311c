import { expect, test } from "@playwright/test";
import { SCHEDULER_TICK_MS } from "@/lib/server/scheduler-token";
import { oneArticle, PUBLIC, testDbWriter } from "./db";

// The publication clock: a scheduled story appears on every cached page that lists it at its
// time, not when those pages' own clocks run out (the Ressort listing and its feed keep a page for
// 5 minutes, the news sitemap for one).

test("a scheduled story appears in its Ressort listing, feed, news sitemap, front page and search at its time", async ({
  request,
}) => {
  // 6 s ahead, then up to two clock ticks and a render; the rest is margin on a loaded machine.
  test.setTimeout(60_000);
  const base = oneArticle(`${PUBLIC} AND s.slug = 'economy' ORDER BY a.published_at ASC`);
  const word = `Zeitplanprobe${Date.now().toString(36)}`;
  const slug = `zeitplan-${Date.now().toString(36)}`;
  const publishAt = Date.now() + 6_000;
  testDbWriter()
    .prepare(
      `INSERT INTO articles (slug, section_id, headline, teaser, body, status, published_at, updated_at)
       SELECT ?, section_id, ?, teaser, body, 'scheduled', ?, ? FROM articles WHERE id = ?`,
    )
    .run(slug, `${word}: ein geplanter Bericht`, publishAt, publishAt, base.id);

  const pages = ["/economy", "/economy/feed.xml", "/news-sitemap.xml", "/"];
  const search = `/suche?q=${word}`;
  // Before its time: nowhere, and the pages that list it are now in the cache without it.
  for (const path of pages)
    expect(await (await request.get(path)).text(), path).not.toContain(slug);
  expect(await (await request.get(search)).text()).not.toContain(slug);

  await new Promise((r) => setTimeout(r, Math.max(0, publishAt - Date.now())));
  // At its time: every page shows it within a tick or two of the clock, long before their own
  // revalidation (60 s and more).
  for (const path of [...pages, search]) {
    await expect
      .poll(async () => (await request.get(path)).text(), {
        message: path,
        timeout: 3 * SCHEDULER_TICK_MS + 10_000,
        intervals: [500],
      })
      .toContain(slug);
  }
});

test("nobody but the server's own clock can expire pages through its route", async ({
  request,
}) => {
  const now = Date.now();
  const attempts: Record<string, string>[] = [{}, { "x-kiosk-zeitplan": "0".repeat(64) }];
  for (const headers of attempts) {
    const response = await request.post("/api/intern/zeitplan", {
      headers,
      data: { from: now - 60_000, to: now },
    });
    expect(response.status()).toBe(404);
  }
});
