import type { ComponentProps, ReactNode } from "react";
import { t } from "@/lib/i18n";
import { ID_MAX_DIGITS } from "@/lib/route-params";

// The admin's labelled form fields: a label tied to its control by `id`, and an optional hint
// the control names in aria-describedby (`{id}-hint`). No hooks and no server imports, so the
// login form (a client component) uses them too.

type Labelled = { id: string; label: string; hint?: string };

function Field({ id, label, hint, children }: Labelled & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p className="field__hint" id={hintId(id)}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

const hintId = (id: string) => `${id}-hint`;

export function InputField({ id, label, hint, ...input }: Labelled & ComponentProps<"input">) {
  return (
    <Field id={id} label={label} hint={hint}>
      <input id={id} aria-describedby={hint ? hintId(id) : undefined} {...input} />
    </Field>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  ...textarea
}: Labelled & ComponentProps<"textarea">) {
  return (
    <Field id={id} label={label} hint={hint}>
      <textarea id={id} aria-describedby={hint ? hintId(id) : undefined} {...textarea} />
    </Field>
  );
}

/** A field for an id (a filter by article or comment number). */
export function IdField(props: Labelled & { name: string; defaultValue: number | undefined }) {
  return <InputField {...props} inputMode="numeric" maxLength={ID_MAX_DIGITS} />;
}

/** A select over `options`, each a value and its label. */
export function SelectField({
  id,
  label,
  hint,
  options,
  ...select
}: Labelled & { options: readonly (readonly [value: string, label: string])[] } & Omit<
    ComponentProps<"select">,
    "children"
  >) {
  return (
    <Field id={id} label={label} hint={hint}>
      <select id={id} aria-describedby={hint ? hintId(id) : undefined} {...select}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The box that deleting for good needs (the action refuses without it: "nicht-bestaetigt"). */
export function ConfirmDeleteBox({
  required = true,
  className,
}: {
  required?: boolean;
  className?: string;
}) {
  return (
    <label className={className}>
      <input type="checkbox" name="confirmDelete" value="ja" required={required} />{" "}
      {t.admin.confirmDelete}
    </label>
  );
}
