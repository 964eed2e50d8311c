import { t } from "@/lib/i18n";

/** What a page answers a signed-in staff member whose role may not use it. */
export function Forbidden({ title }: { title: string }) {
  return (
    <div>
      <h1>{title}</h1>
      <p className="notice notice--error">{t.newsroomList.forbidden}</p>
    </div>
  );
}
