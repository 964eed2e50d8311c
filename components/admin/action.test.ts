import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { StaffMember } from "@/db/queries/staff";
import { withNotice } from "@/lib/admin-notices";
import type { Permission } from "@/lib/permissions";
import { adminAction } from "./action";

// adminAction is the one gate of every admin action: session and permission, then the schema,
// then the handler. The session check is faked here; actions.test.ts runs the real one.

const staffForAction = vi.fn<(permission: Permission) => Promise<StaffMember | null>>();
vi.mock("./auth", () => ({ staffForAction: (p: Permission) => staffForAction(p) }));
// Next's redirect() ends the action by throwing; so does this one, with the address.
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("redirect"), { redirectTo: url });
  },
}));

const moderator = { id: 7, username: "mod", role: "moderator" } as StaffMember;

function form(entries: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const one of [v].flat()) data.append(k, one);
  return data;
}

async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error: unknown = await run.then(
    () => null,
    (e: unknown) => e,
  );
  const url = (error as { redirectTo?: unknown } | null)?.redirectTo;
  if (typeof url !== "string") throw new Error(`expected a redirect, got ${String(error)}`);
  return url;
}

const schema = z.object({
  count: z
    .string()
    .regex(/^[0-9]+$/)
    .transform(Number),
  confirm: z.literal("ja"),
  tags: z.array(z.string()).optional(),
});
const run = vi.fn((input: z.output<typeof schema>, staff: StaffMember) =>
  withNotice("/admin/kommentare?status=spam", { ok: "spam", n: input.count + staff.id }),
);
const action = adminAction({
  permission: "settings",
  schema,
  errors: { confirm: "nicht-bestaetigt" },
  run,
});

beforeEach(() => {
  staffForAction.mockReset();
  run.mockClear();
});

describe("adminAction", () => {
  it("without a session or the permission: to the login, nothing parsed, nothing run", async () => {
    staffForAction.mockResolvedValue(null);
    expect(await redirectOf(action(form({ count: "1", confirm: "ja" })))).toBe("/admin/login");
    expect(staffForAction).toHaveBeenCalledWith("settings");
    expect(run).not.toHaveBeenCalled();
  });

  it("runs the handler with the parsed input and the staff member, then follows its answer", async () => {
    staffForAction.mockResolvedValue(moderator);
    expect(await redirectOf(action(form({ count: "3", confirm: "ja", tags: ["a", "b"] })))).toBe(
      "/admin/kommentare?status=spam&ok=spam&n=10",
    );
    expect(run).toHaveBeenCalledWith({ count: 3, confirm: "ja", tags: ["a", "b"] }, moderator);
  });

  it("waits for an async handler", async () => {
    staffForAction.mockResolvedValue(moderator);
    const later = adminAction({
      permission: "moderate",
      schema: z.object({}),
      run: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return withNotice("/admin/einstellungen", { ok: "gespeichert" });
      },
    });
    expect(await redirectOf(later(form({})))).toBe("/admin/einstellungen?ok=gespeichert");
  });

  it("refused input: back with the notice of the first issue's field, handler not run", async () => {
    staffForAction.mockResolvedValue(moderator);
    const back = { returnTo: "/admin/kommentare?status=spam&ok=spam&n=2" };
    expect(await redirectOf(action(form({ ...back, count: "x", confirm: "ja" })))).toBe(
      "/admin/kommentare?status=spam&fehler=ungueltig",
    );
    expect(await redirectOf(action(form({ ...back, count: "1" })))).toBe(
      "/admin/kommentare?status=spam&fehler=nicht-bestaetigt",
    );
    // count comes first in the schema, so its plain refusal wins over the confirmation's.
    expect(await redirectOf(action(form({ ...back, count: "x" })))).toBe(
      "/admin/kommentare?status=spam&fehler=ungueltig",
    );
    expect(run).not.toHaveBeenCalled();
  });

  it("sends refused input only back inside the admin area", async () => {
    staffForAction.mockResolvedValue(moderator);
    for (const returnTo of ["https://evil.example/admin", "//evil.example/admin", "/suche?q=x"]) {
      expect(await redirectOf(action(form({ returnTo, count: "x" })))).toBe(
        "/admin/kommentare?fehler=ungueltig",
      );
    }
  });

  it("takes a fixed back address or one made from the raw fields", async () => {
    staffForAction.mockResolvedValue(moderator);
    const fixed = adminAction({
      permission: "moderate",
      schema,
      back: "/admin/einstellungen",
      run,
    });
    expect(await redirectOf(fixed(form({ returnTo: "/admin/protokoll" })))).toBe(
      "/admin/einstellungen?fehler=ungueltig",
    );
    const made = adminAction({
      permission: "moderate",
      schema,
      back: (fields) => `/admin/kommentare/${String(fields.count)}`,
      run,
    });
    expect(await redirectOf(made(form({ count: "12", confirm: "nein" })))).toBe(
      "/admin/kommentare/12?fehler=ungueltig",
    );
  });

  it("an issue path that is an object key of the error table is no code", async () => {
    staffForAction.mockResolvedValue(moderator);
    const odd = adminAction({
      permission: "moderate",
      schema: z.object({ constructor: z.literal("ja") }),
      errors: {},
      run: () => withNotice("/admin/kommentare", { ok: "gespeichert" }),
    });
    expect(await redirectOf(odd(form({})))).toBe("/admin/kommentare?fehler=ungueltig");
  });
});
