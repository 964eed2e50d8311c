import type { StaffRole } from "@/db/schema";
import { t } from "@/lib/i18n";
import { can } from "@/lib/permissions";

// The admin's sections in navigation order, each for the roles that may use it. The first one a
// role may open is where the landing page and the login send it.
const SECTIONS = [
  {
    href: "/admin/artikel",
    label: t.newsroomList.navArticles,
    allowed: (r: StaffRole) => can(r, "write"),
  },
  {
    href: "/admin/kommentare",
    label: t.admin.comments,
    allowed: (r: StaffRole) => can(r, "moderate"),
  },
  {
    href: "/admin/autoren",
    label: t.newsroomList.navAuthors,
    allowed: (r: StaffRole) => can(r, "manage"),
  },
  {
    href: "/admin/themen",
    label: t.newsroomList.navTopics,
    allowed: (r: StaffRole) => can(r, "manage"),
  },
  {
    href: "/admin/einstellungen",
    label: t.admin.settings,
    allowed: (r: StaffRole) => can(r, "settings"),
  },
  // Every role sees the log of what was done.
  { href: "/admin/protokoll", label: t.admin.audit, allowed: () => true },
] as const;

export function adminSectionsFor(role: StaffRole): { href: string; label: string }[] {
  return SECTIONS.filter((s) => s.allowed(role)).map(({ href, label }) => ({ href, label }));
}

/** Where a role starts: its first section. */
export function adminHomeFor(role: StaffRole): string {
  return adminSectionsFor(role)[0]?.href ?? "/admin/protokoll";
}
