"use client";

import { t } from "@/lib/i18n";

// Shown when rendering fails; it never shows the error's message or stack.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="error-page">
      <p className="error-page__code">500</p>
      <h1>{t.error.title}</h1>
      <p>{t.error.text}</p>
      <button type="button" onClick={reset}>
        {t.error.retry}
      </button>
    </div>
  );
}
