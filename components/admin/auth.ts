import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { hashClientAddress } from "@/db/queries/comments";
import { findSession, type StaffMember } from "@/db/queries/staff";
import { hashSessionToken, looksLikeSessionToken, SESSION_COOKIE } from "@/lib/auth/session";
import { servedOverHttps } from "@/lib/https";
import { can, type Permission } from "@/lib/permissions";

// Every admin page and every admin action calls one of these itself; nothing relies on a proxy.

export async function currentStaff(): Promise<StaffMember | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!looksLikeSessionToken(token)) return null;
  return findSession(hashSessionToken(token))?.staff ?? null;
}

/** For pages: the signed-in staff member, or a redirect to the login. */
export async function requireStaffPage(): Promise<StaffMember> {
  const staff = await currentStaff();
  if (!staff) redirect("/admin/login");
  return staff;
}

/** For server actions: the staff member if signed in and allowed, else null (the action refuses). */
export async function staffForAction(
  permission: Permission = "moderate",
): Promise<StaffMember | null> {
  const staff = await currentStaff();
  if (!staff || !can(staff.role, permission)) return null;
  return staff;
}

export async function clientKey(): Promise<string> {
  return hashClientAddress((await headers()).get("x-forwarded-for") ?? "unknown");
}

export async function wantsSecureCookies(): Promise<boolean> {
  return servedOverHttps((await headers()).get("x-forwarded-proto"));
}
