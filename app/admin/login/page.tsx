import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentStaff } from "@/components/admin/auth";
import { LoginForm } from "@/components/admin/login-form";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.admin.login };

export default async function LoginPage() {
  if (await currentStaff()) redirect("/admin/kommentare");
  return <LoginForm />;
}
