import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaffPage } from "@/components/admin/auth";
import { Forbidden } from "@/components/admin/newsroom-forbidden";
import { AdminNotice } from "@/components/admin/notice";
import { AuthorForm } from "@/components/admin/people-form";
import { findAuthorForAdmin } from "@/db/queries/newsroom-people";
import { t } from "@/lib/i18n";
import { can } from "@/lib/permissions";
import { parseId } from "@/lib/route-params";
import type { SearchParams } from "@/lib/search-params";

const w = t.newsroomList;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: w.authorsTitle };

export default async function EditAuthorPage({ params, searchParams }: Props) {
  const staff = await requireStaffPage();
  if (!can(staff.role, "manage")) return <Forbidden title={w.authorsTitle} />;
  const id = parseId((await params).id);
  const author = id === null ? null : findAuthorForAdmin(id);
  if (!author) notFound();
  const query = await searchParams;
  return (
    <div>
      <p>
        <Link href="/admin/autoren">← {w.back}</Link>
      </p>
      <h1>{w.editAuthor(author.name)}</h1>
      <AdminNotice query={query} />
      <p>
        <a href={`/autor/${author.slug}`}>{w.publicPage}</a>
      </p>
      <AuthorForm author={author} query={query} />
    </div>
  );
}
