"use client";

import type { HTMLInputTypeAttribute } from "react";
import { useFormContext, type FieldErrors } from "react-hook-form";
import type { PatientFieldId } from "@/lib/questionnaire/lookup";
import type { datePartsWithError } from "@/lib/questionnaire/messages";
import type { QuestionDefinition, QuestionKind } from "@/lib/questionnaire/types";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { Choice } from "@/components/ui/Choice";
import { DateInput } from "@/components/ui/DateInput";
import { Field } from "@/components/ui/Field";
import { Fieldset } from "@/components/ui/Fieldset";
import type { FormValues } from "./step-values";

/** WCAG 1.3.5: tell browsers which personal detail a field asks for, so they can fill it in. */
const autoComplete: Readonly<Record<string, string | undefined>> = {
  firstName: "given-name",
  lastName: "family-name",
  // The date input's boxes are bday-day, bday-month and bday-year.
  dateOfBirth: "bday",
  email: "email",
  phone: "tel",
} satisfies Partial<Record<PatientFieldId, string>>;

type TextKind = Extract<QuestionKind, "text" | "email" | "tel">;

const inputType: Record<TextKind, HTMLInputTypeAttribute> = {
  text: "text",
  email: "email",
  tel: "tel",
};

function errorMessage(errors: FieldErrors<FormValues>, questionId: string): string | undefined {
  const message = errors[questionId]?.message;
  return typeof message === "string" ? message : undefined;
}

/** Which boxes of a date question an error message is about. */
export type DatePartsWithError = typeof datePartsWithError;

/**
 * One question of the questionnaire, rendered by its kind; every word comes from the data.
 * `datePartsWithError` comes with the step checks, as any error does: until then, none is shown.
 */
export function QuestionField({ question, datePartsWithError }: { question: QuestionDefinition; datePartsWithError?: DatePartsWithError }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<FormValues>();
  const { id, kind, label, hint, options = [] } = question;
  const error = errorMessage(errors, id);

  switch (kind) {
    case "text":
    case "email":
    case "tel":
      return (
        <Field id={id} label={label} hint={hint} error={error}>
          {(control) => (
            <input
              className={kind === "tel" ? "input input--short" : "input"}
              type={inputType[kind]}
              autoComplete={autoComplete[id]}
              // Names, addresses and numbers are not words: spelling marks would only distract.
              spellCheck={false}
              {...control}
              {...register(id)}
            />
          )}
        </Field>
      );
    case "date":
      // Not a native date picker: they differ between browsers and are hard to use with a keyboard.
      return (
        <DateInput
          id={id}
          legend={label}
          hint={hint}
          error={error}
          errorParts={error === undefined ? undefined : datePartsWithError?.(question, error)}
          autoComplete={autoComplete[id]}
          inputs={{ day: register(`${id}.day`), month: register(`${id}.month`), year: register(`${id}.year`) }}
        />
      );
    case "textarea":
      return (
        <Field id={id} label={label} hint={hint} error={error}>
          {(control) => <textarea className="textarea" rows={5} {...control} {...register(id)} />}
        </Field>
      );
    case "single":
    case "yesNoUnsure":
    case "multi":
      return (
        <Fieldset id={id} legend={label} hint={hint} error={error}>
          {(control) => (
            <div className={kind === "yesNoUnsure" ? "choices choices--inline" : "choices"}>
              {options.map((option) => (
                <Choice
                  key={option.value}
                  type={kind === "multi" ? "checkbox" : "radio"}
                  id={`${id}-option-${option.value}`}
                  label={option.label}
                  description={option.description}
                  value={option.value}
                  {...control}
                  {...register(id)}
                />
              ))}
            </div>
          )}
        </Fieldset>
      );
    case "checkbox":
      return <CheckboxField id={id} label={label} error={error} {...register(id)} />;
  }
}
