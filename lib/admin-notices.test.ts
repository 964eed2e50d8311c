import { describe, expect, it } from "vitest";
import { adminReturnPath, readNotice, withNotice } from "./admin-notices";

describe("admin notices come from codes, never from the URL's text", () => {
  const table: [Record<string, string | string[]>, string | null][] = [
    [{ ok: "freigegeben", n: "3" }, "3 Kommentare freigegeben."],
    [{ ok: "freigegeben", n: "1" }, "1 Kommentar freigegeben."],
    [{ ok: "papierkorb", n: "2" }, "2 Kommentare in den Papierkorb."],
    [{ ok: "geloescht", n: "5" }, "5 Kommentare endgültig gelöscht."],
    [{ ok: "dsgvo-geloescht", n: "4" }, "4 Kommentar(e) endgültig gelöscht."],
    [{ ok: "gespeichert" }, "Gespeichert."],
    [{ ok: "beantwortet" }, "Die Antwort ist veröffentlicht."],
    [{ fehler: "keine-auswahl" }, "Bitte wählen Sie mindestens einen Kommentar aus."],
    [{ fehler: "ungueltig" }, "Die Eingabe ist ungültig."],
    [{ ok: ["gespeichert", "Hallo"] }, "Gespeichert."],
    // Unknown codes, free text and object keys show nothing.
    [{ ok: "Ihr Konto ist gesperrt. Bitte rufen Sie 0900 123 an." }, null],
    [{ fehler: "Passwort abgelaufen: https://evil.example/login" }, null],
    [{ ok: "constructor" }, null],
    [{ ok: "__proto__" }, null],
    [{ fehler: "toString" }, null],
    [{ ok: "" }, null],
    [{}, null],
    // A count is digits or nothing is shown.
    [{ ok: "freigegeben" }, null],
    [{ ok: "freigegeben", n: "3 Kommentare. Jetzt hier klicken" }, null],
    [{ ok: "freigegeben", n: "-1" }, null],
    [{ ok: "freigegeben", n: "1e9" }, null],
  ];
  it.each(table)("%j → %s", (query, text) => {
    expect(readNotice(query)?.text ?? null).toBe(text);
  });

  it("an error wins over a success and is marked as one", () => {
    expect(readNotice({ ok: "gespeichert", fehler: "ungueltig" })).toEqual({
      kind: "error",
      text: "Die Eingabe ist ungültig.",
    });
  });

  it("redirect URLs carry the code and count, replacing an earlier notice", () => {
    expect(
      withNotice("/admin/kommentare?status=spam&ok=gespeichert&n=9", { ok: "spam", n: 2 }),
    ).toBe("/admin/kommentare?status=spam&ok=spam&n=2");
    expect(withNotice("/admin/kommentare?ok=freigegeben&n=3", { fehler: "keine-auswahl" })).toBe(
      "/admin/kommentare?fehler=keine-auswahl",
    );
  });
});

describe("adminReturnPath", () => {
  it("follows admin paths with their query", () => {
    expect(adminReturnPath("/admin/kommentare?status=spam&seite=2")).toBe(
      "/admin/kommentare?status=spam&seite=2",
    );
    expect(adminReturnPath("/admin")).toBe("/admin");
  });
  it.each([
    "https://evil.example/admin",
    "//evil.example/admin",
    "/administration",
    "/admin/../suche",
    "/admin/kommentare#x",
    "/",
    "",
  ])("never %j", (value) => {
    expect(adminReturnPath(value)).toBe("/admin/kommentare");
    expect(adminReturnPath(value, "/admin/einstellungen")).toBe("/admin/einstellungen");
  });
  it("takes only strings", () => {
    expect(adminReturnPath(undefined)).toBe("/admin/kommentare");
    expect(adminReturnPath(["/admin/protokoll"])).toBe("/admin/kommentare");
  });
});
