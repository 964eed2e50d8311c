import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/components/admin/auth";
import { Forbidden } from "@/components/admin/newsroom-forbidden";
import { AdminNotice } from "@/components/admin/notice";
import { AuthorForm } from "@/components/admin/people-form";
import { t } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import type { SearchParams } from "@/lib/search-params";

const w = t.newsroomList;

export const metadata: Metadata = { title: w.newAuthor };

export default async function NewAuthorPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "manage")) return <Forbidden title={w.newAuthor} />;
  const query = await searchParams;
  return (
    <div>
      <p>
        <Link href="/admin/autoren">← {w.back}</Link>
      </p>
      <h1>{w.newAuthor}</h1>
      <AdminNotice query={query} />
      <AuthorForm author={null} query={query} />
    </div>
  );
}
