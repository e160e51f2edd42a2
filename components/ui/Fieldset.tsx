import type { ReactNode } from "react";
import { FieldError } from "./FieldError";
import { describedBy, errorId, fieldClassName, hintId, invalidAttribute } from "./field-attributes";

interface FieldsetProps {
  /** Also the target of error summary links, which focus the group's first control. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  /** Renders the group's controls; spread the props onto each of them. */
  children: (control: { "aria-invalid"?: true }) => ReactNode;
}

/** A group of radios or checkboxes: the legend names the group, hint and error describe it. */
export function Fieldset({ id, legend, hint, error, children }: FieldsetProps) {
  return (
    <div className={fieldClassName(error)}>
      <fieldset id={id} aria-describedby={describedBy(hint !== undefined && hintId(id), error !== undefined && errorId(id))}>
        <legend className="fieldset__legend">{legend}</legend>
        {hint !== undefined && (
          <div id={hintId(id)} className="field__hint">
            {hint}
          </div>
        )}
        {error !== undefined && <FieldError id={errorId(id)} message={error} />}
        {children({ "aria-invalid": invalidAttribute(error) })}
      </fieldset>
    </div>
  );
}
