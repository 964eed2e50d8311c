import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AdminNotice } from "./notice";

describe("AdminNotice", () => {
  const render = (query: Record<string, string>) =>
    renderToStaticMarkup(createElement(AdminNotice, { query }));

  it("shows the dictionary's text for a known code", () => {
    expect(render({ ok: "freigegeben", n: "3" })).toContain("3 Kommentare freigegeben.");
    expect(render({ fehler: "nicht-bestaetigt" })).toContain("notice--error");
  });
  it("shows nothing at all for text someone put into the URL", () => {
    expect(render({ ok: "Ihre Sitzung ist abgelaufen – melden Sie sich hier an" })).toBe("");
    expect(render({ fehler: "<b>Achtung</b>" })).toBe("");
  });
});
