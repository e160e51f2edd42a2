import type { ReactNode } from "react";
import { FieldError } from "./FieldError";
import { describedBy, errorId, fieldClassName, hintId, invalidAttribute } from "./field-attributes";

/** What a single control needs so its label, hint and error reach assistive technology. */
export interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Renders the control with the given props spread onto it. */
  children: (control: ControlProps) => ReactNode;
}

/** A labelled text control with its hint and error message. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className={fieldClassName(error)}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <div id={hintId(id)} className="field__hint">
          {hint}
        </div>
      )}
      {error !== undefined && <FieldError id={errorId(id)} message={error} />}
      {children({
        id,
        "aria-describedby": describedBy(hint !== undefined && hintId(id), error !== undefined && errorId(id)),
        "aria-invalid": invalidAttribute(error),
      })}
    </div>
  );
}
