"use client";

import { errorPageWords as words } from "@/lib/i18n-error-page";

// Shown when rendering fails; it never shows the error's message or stack.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="error-page">
      <p className="error-page__code">500</p>
      <h1>{words.title}</h1>
      <p>{words.text}</p>
      <button type="button" onClick={reset}>
        {words.retry}
      </button>
    </div>
  );
}
