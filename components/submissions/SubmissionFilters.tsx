import Link from "next/link";
import { Field } from "@/components/ui/Field";
import type { FieldErrors } from "@/components/ui/field-errors";
import { OUTCOME_LABELS, OUTCOMES } from "@/lib/vocabulary";

export const FILTER_FIELDS = ["q", "dateOfBirth", "from", "to", "outcome"] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** A list's search as its page hands it over: what was typed, what is wrong with it, where it posts. */
export interface SearchFilters {
  values: Record<FilterField, string>;
  errors: FieldErrors<FilterField> | null;
  action: (form: FormData) => Promise<void>;
  expired: boolean;
}

interface SubmissionFiltersProps {
  /** What was typed, so a bad value can be corrected in place. */
  values: Record<FilterField, string>;
  errors: Partial<Record<FilterField, string>>;
  /** Parameters to keep, such as the queue's tab. */
  hidden?: Record<string, string>;
  withOutcome: boolean;
  /** Where "Clear" goes: the same view without filters. */
  clearHref: string;
  /** The server action that keeps the patient's details out of the URL. */
  action: (form: FormData) => Promise<void>;
  /** The search's id named a search that has expired or is not this staff member's. */
  expired?: boolean;
}

/**
 * Search and filters as a POST form (it works without JavaScript): the server keeps the
 * name, email, reference and date of birth, and the list's URL carries only the search's id
 * and the filters that are not patient data, so a view can still be reloaded and shared
 * between tabs, but no patient detail reaches history, prefetches or logs.
 */
export function SubmissionFilters({ values, errors, hidden = {}, withOutcome, clearHref, action, expired = false }: SubmissionFiltersProps) {
  return (
    <form action={action} className="filters" role="search" aria-label="Submissions">
      {expired && (
        <p className="notice" role="status">
          That search has ended (searches last a day). Search again.
        </p>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="filters__fields">
        <Field id="q" label="Name, email or reference" hint="The start of a first or last name or of an email, or a whole reference such as MN-7K3P-9Q." error={errors.q}>
          {(control) => <input {...control} className="input" name="q" type="search" defaultValue={values.q} />}
        </Field>
        <Field id="dateOfBirth" label="Date of birth" error={errors.dateOfBirth}>
          {(control) => <input {...control} className="input" name="dateOfBirth" type="date" defaultValue={values.dateOfBirth} />}
        </Field>
        <Field id="from" label="Submitted from" error={errors.from}>
          {(control) => <input {...control} className="input" name="from" type="date" defaultValue={values.from} />}
        </Field>
        <Field id="to" label="Submitted to" error={errors.to}>
          {(control) => <input {...control} className="input" name="to" type="date" defaultValue={values.to} />}
        </Field>
        {withOutcome && (
          <Field id="outcome" label="Outcome" error={errors.outcome}>
            {(control) => (
              <select {...control} className="input" name="outcome" defaultValue={values.outcome}>
                <option value="">Any outcome</option>
                {OUTCOMES.map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {OUTCOME_LABELS[outcome]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          Search
        </button>
        <Link href={clearHref}>Clear search</Link>
      </div>
    </form>
  );
}
