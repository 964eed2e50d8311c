import { describe, expect, it } from "vitest";
import { nextStatus } from "./moderation";

describe("nextStatus", () => {
  it("moves comments between the queues", () => {
    expect(nextStatus("approve", "pending")).toBe("approved");
    expect(nextStatus("approve", "spam")).toBe("approved");
    expect(nextStatus("unapprove", "approved")).toBe("pending");
    expect(nextStatus("spam", "approved")).toBe("spam");
    expect(nextStatus("trash", "pending")).toBe("trash");
    expect(nextStatus("restore", "trash")).toBe("pending");
    expect(nextStatus("restore", "spam")).toBe("pending");
  });
  it("deletes for good only from spam or trash", () => {
    expect(nextStatus("delete", "spam")).toBe("deleted");
    expect(nextStatus("delete", "trash")).toBe("deleted");
    expect(nextStatus("delete", "approved")).toBeNull();
    expect(nextStatus("delete", "pending")).toBeNull();
  });
  it("does nothing where an action does not apply", () => {
    expect(nextStatus("approve", "approved")).toBeNull();
    expect(nextStatus("unapprove", "pending")).toBeNull();
    expect(nextStatus("restore", "approved")).toBeNull();
  });
});
