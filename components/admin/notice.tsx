/** The result of the last action, passed back in the URL (works with and without JavaScript). */
export function AdminNotice({ ok, error }: { ok?: string; error?: string }) {
  if (!ok && !error) return null;
  return (
    <div role="status" aria-live="polite">
      {ok ? <p className="notice notice--success">{ok.slice(0, 300)}</p> : null}
      {error ? <p className="notice notice--error">{error.slice(0, 300)}</p> : null}
    </div>
  );
}
