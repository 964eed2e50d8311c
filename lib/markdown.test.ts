import { describe, expect, it } from "vitest";
import { renderMarkdown, safeHref } from "./markdown";

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

describe("Markdown link targets", () => {
  // Kept: http:, https:, mailto: and paths of this site.
  it.each([
    ["https://www.wien.gv.at", "https://www.wien.gv.at"],
    ["HTTPS://www.wien.gv.at/a?b=1#c", "HTTPS://www.wien.gv.at/a?b=1#c"],
    ["http://example.at", "http://example.at"],
    ["mailto:redaktion@kiosk.example", "mailto:redaktion@kiosk.example"],
    ["  /politik  ", "/politik"],
    ["/politik/seite/2", "/politik/seite/2"],
    ["/suche?q=wien%20mitte", "/suche?q=wien%20mitte"],
    ["/info/impressum#kontakt", "/info/impressum#kontakt"],
  ])("keeps %j", (href, kept) => {
    expect(safeHref(href)).toBe(kept);
  });

  // Everything else is shown as plain text.
  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\u0001javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "%6A%61vascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://example.at",
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "%2F%2Fevil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%252F/evil.example",
    "/%09/evil.example",
    "/%0A/evil.example",
    "/a b",
    "/bad%zzencoding",
    "#anker",
    "?q=1",
    "politik",
    "./politik",
    "../politik",
    "",
    "   ",
  ])("refuses %j", (href) => {
    expect(safeHref(href)).toBeNull();
  });

  it.each([
    ["[x](javascript:alert(1))", "<p>x</p>\n"],
    ["[x](<//evil.example>)", "<p>x</p>\n"],
    ["[x](/\\evil.example)", "<p>x</p>\n"],
    ["[x](/%2F%2Fevil.example)", "<p>x</p>\n"],
    ["[x](</\t/evil.example>)", "<p>x</p>\n"],
    ["[x](&#106;avascript:alert(1))", "<p>x</p>\n"],
    ["[x][r]\n\n[r]: JAVASCRIPT:alert(1)", "<p>x</p>\n"],
    ["<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n"],
    ["[x](#oben)", "<p>x</p>\n"],
    ["[Politik](/politik)", '<p><a href="/politik">Politik</a></p>\n'],
    ["[Mail](mailto:a@b.at)", '<p><a href="mailto:a@b.at">Mail</a></p>\n'],
    [
      "<https://kiosk.example>",
      '<p><a href="https://kiosk.example" rel="noopener">https://kiosk.example</a></p>\n',
    ],
    [
      '[x](https://a.example/?q="><script>)',
      '<p><a href="https://a.example/?q=&quot;&gt;&lt;script&gt;" rel="noopener">x</a></p>\n',
    ],
  ])("renders %j as %j", (source, html) => {
    expect(renderMarkdown(source)).toBe(html);
  });
});
