import { env } from "@/lib/env";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type * as CommentsModule from "./comments";

// Auto-approval of returning commenters needs more than an e-mail address anyone can type.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-comments-"));
process.env.DATABASE_PATH = path.join(dir, "kiosk.db");

let comments: typeof CommentsModule;
let articleId: number;
let approve: (id: number) => void;
let setAutoApprove: (on: boolean) => void;
let clock = Date.now() - 3600_000;

function post(email: string, client: string, body = `Kommentar ${clock}`) {
  clock += 20_000; // past the per-client burst limit
  return comments.createComment(
    {
      articleId,
      parentId: null,
      name: "Leserin",
      email,
      body,
      clientHash: comments.hashClientAddress(client),
      userAgent: "vitest",
    },
    clock,
  );
}

beforeAll(async () => {
  const { openDatabase } = await import("@/db/client");
  const { seedDatabase } = await import("@/db/seed");
  const handle = openDatabase(env.databasePath);
  seedDatabase(handle, { articles: 12, now: Date.now() });
  articleId = (
    handle.$client
      .prepare(
        "SELECT id FROM articles WHERE status = 'published' AND published_at < ? AND comments_closed = 0 LIMIT 1",
      )
      .get(Date.now()) as { id: number }
  ).id;
  approve = (id) =>
    handle.$client.prepare("UPDATE comments SET status = 'approved' WHERE id = ?").run(id);
  // Staff settings as the settings page stores them (without a staff member to audit).
  setAutoApprove = (on) =>
    handle.$client
      .prepare(
        "INSERT INTO settings (key, value) VALUES ('comments', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      )
      .run(JSON.stringify({ blocklist: [], autoApprove: on, closeAfterDays: null }));
  setAutoApprove(true);
  comments = await import("./comments");
});

describe("auto-approval of returning commenters", () => {
  it("needs the same e-mail address and the same client as an approved comment", () => {
    const first = post("stamm@leser.test", "203.0.113.20");
    expect(first).toMatchObject({ kind: "stored", status: "pending" });
    if (first.kind === "stored") approve(first.id);

    // [e-mail, client, status]
    const table: [string, string, string][] = [
      ["stamm@leser.test", "198.51.100.66", "pending"], // a stranger typing a known address
      ["andere@leser.test", "203.0.113.20", "pending"], // same client, another address
      ["stamm@leser.test", "203.0.113.20", "approved"], // the returning commenter
      ["STAMM@leser.test", "203.0.113.20", "approved"], // addresses are case-insensitive
    ];
    for (const [email, client, status] of table) {
      expect(post(email, client), `${email} from ${client}`).toMatchObject({
        kind: "stored",
        status,
      });
    }
  });

  it("counts an IPv6 commenter by their /64, so a new address in it is still them", () => {
    const first = post("v6@leser.test", "2001:db8:5:6::10");
    if (first.kind === "stored") approve(first.id);
    expect(post("v6@leser.test", "2001:db8:5:6:abcd::99")).toMatchObject({ status: "approved" });
    expect(post("v6@leser.test", "2001:db8:5:7::10")).toMatchObject({ status: "pending" });
  });

  it("approves nothing at once when the setting is off", () => {
    setAutoApprove(false);
    expect(post("stamm@leser.test", "203.0.113.20")).toMatchObject({ status: "pending" });
    setAutoApprove(true);
  });

  it("the client hash keys IPv6 by /64 and IPv4 by address", () => {
    const h = comments.hashClientAddress;
    expect(h("2001:db8::1")).toBe(h("2001:db8:0:0:ffff::2"));
    expect(h("2001:db8::1")).not.toBe(h("2001:db8:0:1::1"));
    expect(h("::ffff:192.0.2.1")).toBe(h("192.0.2.1"));
    expect(h("192.0.2.1")).not.toBe(h("192.0.2.2"));
  });
});
