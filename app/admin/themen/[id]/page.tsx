import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaffPage } from "@/components/admin/auth";
import { Forbidden } from "@/components/admin/newsroom-forbidden";
import { AdminNotice } from "@/components/admin/notice";
import { TopicForm } from "@/components/admin/people-form";
import { findTopicForAdmin } from "@/db/queries/newsroom-people";
import { t } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/route-params";
import type { SearchParams } from "@/lib/search-params";

const w = t.newsroomList;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: w.topicsTitle };

export default async function EditTopicPage({ params, searchParams }: Props) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "manage")) return <Forbidden title={w.topicsTitle} />;
  const id = parseId((await params).id);
  const topic = id === null ? null : findTopicForAdmin(id);
  if (!topic) notFound();
  const query = await searchParams;
  return (
    <div>
      <p>
        <Link href="/admin/themen">← {w.back}</Link>
      </p>
      <h1>{w.editTopic(topic.name)}</h1>
      <AdminNotice query={query} />
      <p>
        <a href={`/thema/${topic.slug}`}>{w.publicPage}</a>
      </p>
      <TopicForm topic={topic} query={query} />
    </div>
  );
}
