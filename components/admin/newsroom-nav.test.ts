import { describe, expect, it } from "vitest";
import { adminHomeFor, adminSectionsFor } from "./newsroom-nav";

const labels = (role: Parameters<typeof adminSectionsFor>[0]) =>
  adminSectionsFor(role).map((s) => s.label);

describe("the admin's navigation by role", () => {
  it("shows each role only what it may use", () => {
    expect(labels("admin")).toEqual([
      "Artikel",
      "Kommentare",
      "Autoren",
      "Themen",
      "Einstellungen",
      "Protokoll",
    ]);
    expect(labels("editor")).toEqual(["Artikel", "Kommentare", "Autoren", "Themen", "Protokoll"]);
    expect(labels("author")).toEqual(["Artikel", "Protokoll"]);
    expect(labels("moderator")).toEqual(["Kommentare", "Protokoll"]);
  });

  it("starts each role on its first page", () => {
    expect(adminHomeFor("admin")).toBe("/admin/artikel");
    expect(adminHomeFor("editor")).toBe("/admin/artikel");
    expect(adminHomeFor("author")).toBe("/admin/artikel");
    expect(adminHomeFor("moderator")).toBe("/admin/kommentare");
  });
});
