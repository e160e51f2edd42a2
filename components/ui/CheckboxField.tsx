import type { ComponentProps } from "react";
import { Choice } from "./Choice";
import { FieldError } from "./FieldError";
import { errorId, fieldClassName, invalidAttribute } from "./field-attributes";

interface CheckboxFieldProps extends Omit<ComponentProps<"input">, "type" | "id"> {
  id: string;
  label: string;
  error?: string;
}

/** A single checkbox that is a question on its own, such as agreeing to something. */
export function CheckboxField({ id, label, error, ...input }: CheckboxFieldProps) {
  return (
    <div className={fieldClassName(error)}>
      {error !== undefined && <FieldError id={errorId(id)} message={error} />}
      <Choice
        type="checkbox"
        id={id}
        label={label}
        {...input}
        aria-invalid={invalidAttribute(error)}
        aria-describedby={error === undefined ? undefined : errorId(id)}
      />
    </div>
  );
}
