import type { ComponentProps } from "react";
import { describedBy } from "./field-attributes";

interface ChoiceProps extends Omit<ComponentProps<"input">, "type" | "id"> {
  type: "radio" | "checkbox";
  id: string;
  label: string;
  /** Plain words under the label; read as a description, so the option's name stays short. */
  description?: string;
}

/** One radio or checkbox; the whole bordered row is the label, so it is one large touch target. */
export function Choice({ id, label, description, "aria-describedby": ariaDescribedBy, ...input }: ChoiceProps) {
  const labelId = `${id}-label`;
  const descriptionId = description === undefined ? undefined : `${id}-description`;
  return (
    <label className="choice" htmlFor={id}>
      <input
        id={id}
        {...input}
        aria-labelledby={descriptionId === undefined ? undefined : labelId}
        aria-describedby={describedBy(ariaDescribedBy, descriptionId)}
      />
      <span className="choice__text">
        <span id={labelId}>{label}</span>
        {description !== undefined && (
          <span id={descriptionId} className="choice__description">
            {description}
          </span>
        )}
      </span>
    </label>
  );
}
