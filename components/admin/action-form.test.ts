import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { StaffMember } from "@/db/queries/staff";
import { withNotice } from "@/lib/admin-notices";
import type { Permission } from "@/lib/permissions";
import { adminFormAction } from "./action";

// adminFormAction: the same gate as adminAction (session and permission, then the schema), for
// forms that answer in place with a state; a handler's success still moves on by redirect.

const staffForAction = vi.fn<(permission: Permission) => Promise<StaffMember | null>>();
vi.mock("./auth", () => ({ staffForAction: (p: Permission) => staffForAction(p) }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("redirect"), { redirectTo: url });
  },
}));

const author = { id: 4, username: "au", role: "author" } as StaffMember;
type State = { message: string; typed: string };
const initial: State = { message: "", typed: "" };

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.append(k, v);
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

const run = vi.fn(
  (input: { title: string }, staff: StaffMember): State | ReturnType<typeof withNotice> =>
    input.title === "ok"
      ? withNotice(`/admin/artikel/${staff.id}`, { ok: "gespeichert" })
      : { message: "abgelehnt", typed: input.title },
);
const action = adminFormAction({
  permission: "write",
  schema: z.object({ title: z.string().min(2, "zu kurz") }),
  invalid: (error, fields): State => ({
    message: error.issues[0]?.message ?? "",
    typed: String(fields.title ?? ""),
  }),
  run,
});

beforeEach(() => {
  staffForAction.mockReset();
  run.mockClear();
});

describe("adminFormAction", () => {
  it("without a session or the permission: to the login, nothing run", async () => {
    staffForAction.mockResolvedValue(null);
    expect(await redirectOf(action(initial, form({ title: "ok" })))).toBe("/admin/login");
    expect(staffForAction).toHaveBeenCalledWith("write");
    expect(run).not.toHaveBeenCalled();
  });

  it("answers refused input with the state the form shows again, handler not run", async () => {
    staffForAction.mockResolvedValue(author);
    expect(await action(initial, form({ title: "x" }))).toEqual({ message: "zu kurz", typed: "x" });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers a refusing handler's state, and follows a succeeding one's page", async () => {
    staffForAction.mockResolvedValue(author);
    expect(await action(initial, form({ title: "nein" }))).toEqual({
      message: "abgelehnt",
      typed: "nein",
    });
    expect(await redirectOf(action(initial, form({ title: "ok" })))).toBe(
      "/admin/artikel/4?ok=gespeichert",
    );
  });
});
