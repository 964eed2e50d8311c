import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("the whole reading path works with JavaScript off", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Aufmacher" })).toBeVisible();

  await page
    .getByRole("navigation", { name: "Ressorts" })
    .getByRole("link", { name: "Lifestyle" })
    .click();
  await expect(page).toHaveURL(/\/lifestyle$/);
  await page
    .getByRole("navigation", { name: "Seitennavigation" })
    .getByRole("link", { name: /Nächste Seite/ })
    .click();
  await expect(page).toHaveURL(/\/lifestyle\/seite\/2$/);

  await page.locator(".article-list h2 a").first().click();
  await expect(page.locator(".article__body p").first()).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Das könnte Sie auch interessieren" }),
  ).toBeVisible();

  const author = page.locator(".article__author a");
  if ((await author.count()) > 0) {
    await author.click();
    await expect(page.locator(".article-list > li").first()).toBeVisible();
    await page.goBack();
  }
  await page.getByRole("navigation", { name: "Themen" }).getByRole("link").first().click();
  await expect(page.locator(".article-list > li").first()).toBeVisible();

  await page.getByRole("search").first().getByRole("searchbox").fill("Wien");
  await page.getByRole("search").first().getByRole("button", { name: "Suchen" }).click();
  await expect(page).toHaveURL(/\/suche\?q=Wien/);
  await expect(page.getByRole("status")).toContainText("Treffer");
});
