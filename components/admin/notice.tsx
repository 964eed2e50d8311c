import { readNotice } from "@/lib/admin-notices";
import type { SearchParams } from "@/lib/search-params";

/**
 * The result of the last action, named by a code in the URL (works with and without
 * JavaScript). Only known codes show, with the dictionary's words; the URL's text never does.
 */
export function AdminNotice({ query }: { query: SearchParams }) {
  const notice = readNotice(query);
  if (!notice) return null;
  return (
    <div role="status" aria-live="polite">
      <p className={`notice notice--${notice.kind}`}>{notice.text}</p>
    </div>
  );
}
