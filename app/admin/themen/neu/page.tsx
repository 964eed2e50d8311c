import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/components/admin/auth";
import { Forbidden } from "@/components/admin/newsroom-forbidden";
import { AdminNotice } from "@/components/admin/notice";
import { TopicForm } from "@/components/admin/people-form";
import { t } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import type { SearchParams } from "@/lib/search-params";

const w = t.newsroomList;

export const metadata: Metadata = { title: w.newTopic };

export default async function NewTopicPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "manage")) return <Forbidden title={w.newTopic} />;
  const query = await searchParams;
  return (
    <div>
      <p>
        <Link href="/admin/themen">← {w.back}</Link>
      </p>
      <h1>{w.newTopic}</h1>
      <AdminNotice query={query} />
      <TopicForm topic={null} query={query} />
    </div>
  );
}
