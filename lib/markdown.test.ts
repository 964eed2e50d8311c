import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders paragraphs and subheadings as h2", () => {
    expect(renderMarkdown("## Zwischentitel\n\nEin Absatz.")).toBe(
      "<h2>Zwischentitel</h2>\n<p>Ein Absatz.</p>\n",
    );
  });
  it("never emits an h1", () => {
    expect(renderMarkdown("# Titel")).toBe("<h2>Titel</h2>\n");
  });
  it("escapes raw HTML", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nText <img src=x onerror="alert(1)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });
  it("drops unsafe link targets but keeps the text", () => {
    expect(renderMarkdown("[klick](javascript:alert(1))")).toBe("<p>klick</p>\n");
    expect(renderMarkdown("[Wien](https://www.wien.gv.at)")).toBe(
      '<p><a href="https://www.wien.gv.at" rel="noopener">Wien</a></p>\n',
    );
  });
});
