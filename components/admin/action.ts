import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { StaffMember } from "@/db/queries/staff";
import { adminReturnPath, withNotice, type ErrorNotice, type NoticeUrl } from "@/lib/admin-notices";
import type { Permission } from "@/lib/permissions";
import { formFields, type FormFields } from "@/lib/validation";
import { staffForAction } from "./auth";

// The one shape of an admin server action (like next-saas-starter's validatedActionWithUser):
// check the session and the permission, parse the form with zod, run the handler, and send the
// browser to the page the handler names, with a notice code. Server actions are public
// endpoints, so no step may be left out, and an action written with this cannot leave one out.

export type AdminActionSpec<S extends z.ZodType> = {
  /** What the staff member must be allowed to do. Without a session or the right, nothing
   * changes and the browser goes to the login. */
  permission: Permission;
  /** Parses the form's fields (see formFields: a repeated name arrives as a list). */
  schema: S;
  /** Where a refused form goes back to: a path, or one made from the raw fields. By default
   * the form's own `returnTo` when it is an admin path, else the queue. */
  back?: string | ((fields: FormFields) => string);
  /** The notice for a refused form, by the field of its first issue; otherwise "ungueltig". */
  errors?: Readonly<Partial<Record<string, ErrorNotice>>>;
  /** Does the work and names the page to show next, with a notice (withNotice). */
  run: (input: z.output<S>, staff: StaffMember) => NoticeUrl | Promise<NoticeUrl>;
};

export function adminAction<S extends z.ZodType>(
  spec: AdminActionSpec<S>,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    const staff = await staffForAction(spec.permission);
    if (!staff) redirect("/admin/login");
    const fields = formFields(formData);
    const parsed = spec.schema.safeParse(fields);
    if (!parsed.success) {
      redirect(withNotice(backFor(spec, fields), { fehler: refusal(spec, parsed.error) }));
    }
    redirect(await spec.run(parsed.data, staff));
  };
}

function backFor(spec: AdminActionSpec<z.ZodType>, fields: FormFields): string {
  if (typeof spec.back === "string") return spec.back;
  if (spec.back) return spec.back(fields);
  return adminReturnPath(fields.returnTo);
}

function refusal(spec: AdminActionSpec<z.ZodType>, error: z.ZodError): ErrorNotice {
  const field = error.issues[0]?.path[0];
  const errors = spec.errors;
  if (typeof field !== "string" || !errors || !Object.hasOwn(errors, field)) return "ungueltig";
  return errors[field] ?? "ungueltig";
}

/**
 * The same gate for a form that answers in place (useActionState) so that nothing typed is
 * lost: session and permission (else the login), the schema, the handler. A refused form and a
 * refusing handler answer a state the form re-renders with; a handler that succeeds names the
 * page to show next, as with adminAction.
 */
export type AdminFormActionSpec<S extends z.ZodType, State> = {
  permission: Permission;
  schema: S;
  /** The state for a form the schema refused. */
  invalid: (error: z.ZodError, fields: FormFields) => State;
  /** Does the work: the next page (withNotice), or a state to show the form again with. */
  run: (
    input: z.output<S>,
    staff: StaffMember,
    fields: FormFields,
  ) => NoticeUrl | State | Promise<NoticeUrl | State>;
};

export function adminFormAction<S extends z.ZodType, State extends object>(
  spec: AdminFormActionSpec<S, State>,
): (previous: State, formData: FormData) => Promise<State> {
  return async (_previous, formData) => {
    const staff = await staffForAction(spec.permission);
    if (!staff) redirect("/admin/login");
    const fields = formFields(formData);
    const parsed = spec.schema.safeParse(fields);
    if (!parsed.success) return spec.invalid(parsed.error, fields);
    const result = await spec.run(parsed.data, staff, fields);
    if (typeof result === "string") redirect(result);
    return result;
  };
}
