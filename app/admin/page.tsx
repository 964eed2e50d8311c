import { redirect } from "next/navigation";
import { requireStaffPage } from "@/components/admin/auth";
import { adminHomeFor } from "@/components/admin/newsroom-nav";

export default async function AdminHome() {
  const staff = await requireStaffPage();
  redirect(adminHomeFor(staff.role));
}
