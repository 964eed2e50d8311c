// Who may do what in the admin. Every admin page and action asks `can` on the server; the pages
// also use it to hide what a role cannot do. Pure, so the whole table is tested alone.
import type { StaffRole } from "@/db/schema";

export type Permission =
  /** The comment queue: approve, reject, edit, reply. */
  | "moderate"
  /** Comment settings (blocklist, auto-approval, closing). */
  | "settings"
  /** GDPR erasure of a commenter's data. */
  | "erase"
  /** Write drafts, edit one's own drafts and submit them for review. */
  | "write"
  /** Edit any article, publish, schedule, withdraw, restore revisions, add corrections. */
  | "publish"
  /** Create and edit authors and topics. */
  | "manage";

const GRANTS: Record<StaffRole, readonly Permission[]> = {
  admin: ["moderate", "settings", "erase", "write", "publish", "manage"],
  editor: ["moderate", "write", "publish", "manage"],
  author: ["write"],
  moderator: ["moderate"],
};

export function can(role: StaffRole, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
