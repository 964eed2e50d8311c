import { redirect } from "next/navigation";
import { requireStaffPage } from "@/components/admin/auth";

export default async function AdminHome() {
  await requireStaffPage();
  redirect("/admin/kommentare");
}
