import type { ComponentProps } from "react";
import { t } from "@/lib/i18n";

// The editor's fields: like field.tsx's (a label tied by id, a hint named in aria-describedby),
// plus the German message of a refused save beside the field and, for limited fields, the
// characters used ("12 von höchstens 200 Zeichen"; the count follows typing with JavaScript).

type Common = {
  id: string;
  label: string;
  hint?: string;
  /** The field's limit: shown with the count. */
  max?: number;
  /** Characters used (the server renders the loaded value's length). */
  count?: number;
  error?: string;
};

function describedBy({ id, hint, max, error }: Common): string | undefined {
  const ids = [
    hint ? `${id}-hint` : null,
    max !== undefined ? `${id}-count` : null,
    error ? `${id}-error` : null,
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function Extras({ id, hint, max, count, error }: Common) {
  return (
    <>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {max !== undefined ? (
        <p className="field__hint" id={`${id}-count`}>
          {count === undefined ? t.newsroom.maxChars(max) : t.newsroom.charCount(count, max)}
        </p>
      ) : null}
      {error ? (
        <p className="field__error notice notice--error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function ArticleInput({
  id,
  label,
  hint,
  max,
  count,
  error,
  ...input
}: Common & ComponentProps<"input">) {
  const common = { id, label, hint, max, count, error };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        maxLength={max}
        aria-describedby={describedBy(common)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
      <Extras {...common} />
    </div>
  );
}

export function ArticleTextArea({
  id,
  label,
  hint,
  max,
  count,
  error,
  ...textarea
}: Common & ComponentProps<"textarea">) {
  const common = { id, label, hint, max, count, error };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        maxLength={max}
        aria-describedby={describedBy(common)}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
      <Extras {...common} />
    </div>
  );
}

export function ArticleSelect({
  id,
  label,
  error,
  options,
  ...select
}: Omit<Common, "max" | "count" | "hint"> & {
  options: readonly (readonly [value: string, label: string])[];
} & Omit<ComponentProps<"select">, "children">) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Extras id={id} label={label} error={error} />
    </div>
  );
}
