import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ConfirmDeleteBox, IdField, InputField, SelectField, TextAreaField } from "./field";

// The fields must keep what assistive technology relies on: the label tied to the control, and
// the hint named by aria-describedby.

describe("admin fields", () => {
  it("an input with its label and no hint", () => {
    expect(
      renderToStaticMarkup(
        createElement(InputField, {
          id: "erase-email",
          label: "E-Mail",
          name: "email",
          required: true,
        }),
      ),
    ).toBe(
      '<div class="field"><label for="erase-email">E-Mail</label>' +
        '<input id="erase-email" required="" name="email"/></div>',
    );
  });
  it("a textarea whose hint it names", () => {
    expect(
      renderToStaticMarkup(
        createElement(TextAreaField, {
          id: "settings-blocklist",
          label: "Sperrliste",
          hint: "Ein Wort pro Zeile.",
          name: "blocklist",
          defaultValue: "a\nb",
        }),
      ),
    ).toBe(
      '<div class="field"><label for="settings-blocklist">Sperrliste</label>' +
        '<textarea id="settings-blocklist" aria-describedby="settings-blocklist-hint" name="blocklist">' +
        "a\nb</textarea>" +
        '<p class="field__hint" id="settings-blocklist-hint">Ein Wort pro Zeile.</p></div>',
    );
  });
  it("a select with its options and the chosen one", () => {
    const html = renderToStaticMarkup(
      createElement(SelectField, {
        id: "audit-wer",
        label: "Wer",
        name: "wer",
        defaultValue: "b",
        options: [
          ["", "Alle"],
          ["b", "Berta"],
        ],
      }),
    );
    expect(html).toBe(
      '<div class="field"><label for="audit-wer">Wer</label><select id="audit-wer" name="wer">' +
        '<option value="">Alle</option><option value="b" selected="">Berta</option></select></div>',
    );
  });
  it("an id field takes digits of an id's length", () => {
    expect(
      renderToStaticMarkup(
        createElement(IdField, {
          id: "filter-artikel",
          label: "Artikel-Nr.",
          name: "artikel",
          defaultValue: 12,
        }),
      ),
    ).toContain(
      '<input id="filter-artikel" inputMode="numeric" maxLength="10" name="artikel" value="12"/>',
    );
  });
  it("the delete confirmation is required unless the bulk bar asks otherwise", () => {
    expect(renderToStaticMarkup(createElement(ConfirmDeleteBox))).toBe(
      '<label><input type="checkbox" required="" name="confirmDelete" value="ja"/> ' +
        "Endgültiges Löschen bestätigen</label>",
    );
    expect(
      renderToStaticMarkup(createElement(ConfirmDeleteBox, { required: false, className: "x" })),
    ).toBe(
      '<label class="x"><input type="checkbox" name="confirmDelete" value="ja"/> ' +
        "Endgültiges Löschen bestätigen</label>",
    );
  });
});
