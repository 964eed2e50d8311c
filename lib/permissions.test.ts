import { describe, expect, it } from "vitest";
import { staffRoles } from "@/db/schema";
import { can } from "./permissions";

describe("permissions", () => {
  it("lets admins, editors and moderators moderate, but not authors", () => {
    expect(can("admin", "moderate")).toBe(true);
    expect(can("editor", "moderate")).toBe(true);
    expect(can("moderator", "moderate")).toBe(true);
    expect(can("author", "moderate")).toBe(false);
  });
  it("keeps settings and erasure to admins", () => {
    for (const role of staffRoles) {
      expect(can(role, "settings")).toBe(role === "admin");
      expect(can(role, "erase")).toBe(role === "admin");
    }
  });
  it("lets authors write but not publish; editors and admins do both", () => {
    expect(can("author", "write")).toBe(true);
    expect(can("author", "publish")).toBe(false);
    expect(can("author", "manage")).toBe(false);
    for (const role of ["admin", "editor"] as const) {
      expect(can(role, "write")).toBe(true);
      expect(can(role, "publish")).toBe(true);
      expect(can(role, "manage")).toBe(true);
    }
  });
  it("keeps moderators out of the newsroom", () => {
    expect(can("moderator", "write")).toBe(false);
    expect(can("moderator", "publish")).toBe(false);
    expect(can("moderator", "manage")).toBe(false);
  });
});
