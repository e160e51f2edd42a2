import Link from "next/link";
import { Field } from "@/components/ui/Field";
import type { StaffUserRow } from "@/lib/staff/types";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS } from "@/lib/vocabulary";

export const AUDIT_FILTER_FIELDS = ["actorId", "action", "recordId", "from", "to"] as const;
export type AuditFilterField = (typeof AUDIT_FILTER_FIELDS)[number];

interface AuditFiltersProps {
  values: Record<AuditFilterField, string>;
  errors: Partial<Record<AuditFilterField, string>>;
  staff: readonly Pick<StaffUserRow, "id" | "name">[];
}

/** The audit log's filters as a GET form, so a filtered view is a link an admin can keep. */
export function AuditFilters({ values, errors, staff }: AuditFiltersProps) {
  return (
    <form method="get" className="filters" role="search" aria-label="Audit log">
      <div className="filters__fields">
        <Field id="actorId" label="Staff member" error={errors.actorId}>
          {(control) => (
            <select {...control} className="input" name="actorId" defaultValue={values.actorId}>
              <option value="">Anyone</option>
              {staff.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="action" label="Action" error={errors.action}>
          {(control) => (
            <select {...control} className="input" name="action" defaultValue={values.action}>
              <option value="">Any action</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {AUDIT_ACTION_LABELS[action]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="recordId" label="Record: reference or id" error={errors.recordId}>
          {(control) => <input {...control} className="input" name="recordId" type="text" spellCheck={false} defaultValue={values.recordId} />}
        </Field>
        <Field id="from" label="From" error={errors.from}>
          {(control) => <input {...control} className="input" name="from" type="date" defaultValue={values.from} />}
        </Field>
        <Field id="to" label="To" error={errors.to}>
          {(control) => <input {...control} className="input" name="to" type="date" defaultValue={values.to} />}
        </Field>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          Filter
        </button>
        <Link href="/staff/admin/audit">Clear filters</Link>
      </div>
    </form>
  );
}
