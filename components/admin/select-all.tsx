"use client";

/**
 * "Alle auf dieser Seite auswählen". Without JavaScript the server reads it (allOnPage) and takes
 * every comment of the page; with it, the rows are ticked as well.
 */
export function SelectAll({ label }: { label: string }) {
  return (
    <label className="select-all">
      <input
        type="checkbox"
        name="allOnPage"
        value="ja"
        onChange={(e) => {
          const form = e.currentTarget.form;
          form?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => {
            box.checked = e.currentTarget.checked;
          });
        }}
      />{" "}
      {label}
    </label>
  );
}
