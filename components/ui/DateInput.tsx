import type { ComponentProps } from "react";
import { DATE_PARTS, type DatePart } from "@/lib/questionnaire/date-parts";
import { Fieldset } from "./Fieldset";

/** What one box may be given: react-hook-form's `register(...)`, or a name, value and handlers. */
export type DatePartInputProps = Omit<
  ComponentProps<"input">,
  "id" | "type" | "inputMode" | "autoComplete" | "className" | "aria-invalid" | "aria-describedby" | "children"
>;

const LABELS: Readonly<Record<DatePart, string>> = { day: "Day", month: "Month", year: "Year" };

/** The id of one box: `dateOfBirth-day`, `dateOfBirth-month`, `dateOfBirth-year`. */
export const datePartId = (id: string, part: DatePart): string => `${id}-${part}`;

interface DateInputProps {
  /** The fieldset's id, the target of error summary links (which focus its first box marked wrong). */
  id: string;
  /** The question. */
  legend: string;
  hint?: string;
  error?: string;
  /** The boxes the error is about (`parseDateParts` gives them); all three when not given. */
  errorParts?: readonly DatePart[];
  /** An autofill field whose `-day`, `-month` and `-year` the boxes are: "bday" for a date of birth. */
  autoComplete?: string;
  /** Each box's props, e.g. `{ day: register("dateOfBirth.day"), month: ..., year: ... }`. */
  inputs: Readonly<Record<DatePart, DatePartInputProps>>;
}

/**
 * The GOV.UK date input: day, month and year boxes in a fieldset named by the question. The
 * hint and the error describe the group; only the boxes the error is about are marked invalid.
 */
export function DateInput({ id, legend, hint, error, errorParts = DATE_PARTS, autoComplete, inputs }: DateInputProps) {
  const wrong = new Set<DatePart>(error === undefined ? [] : errorParts);
  return (
    <Fieldset id={id} legend={legend} hint={hint} error={error}>
      {() => (
        <div className="date-input">
          {DATE_PARTS.map((part) => (
            <div key={part} className="date-input__item">
              <label className="date-input__label" htmlFor={datePartId(id, part)}>
                {LABELS[part]}
              </label>
              <input
                {...inputs[part]}
                id={datePartId(id, part)}
                className={`input date-input__input date-input__input--${part}`}
                type="text"
                // A number pad on phones; month names still work with a keyboard.
                inputMode="numeric"
                autoComplete={autoComplete === undefined ? undefined : `${autoComplete}-${part}`}
                spellCheck={false}
                aria-invalid={wrong.has(part) ? true : undefined}
              />
            </div>
          ))}
        </div>
      )}
    </Fieldset>
  );
}
