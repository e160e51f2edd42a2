"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import type { FieldIssue } from "@/lib/issues";
import { errorSummaryItems, type ErrorSummaryItem } from "./error-summary-items";
import { commonProblem, issuesOf, type JsonReply } from "./send-json";

interface JsonFormOptions<Values extends FieldValues> {
  /**
   * The check before anything is sent: `zodResolver` of the schema the server checks the same
   * body with, or a check of its own that a test holds to that schema (sign-in's).
   */
  resolver: Resolver<Values>;
  /** The form's fields in screen order: the error summary lists them so. */
  fields: readonly [Path<Values>, ...Path<Values>[]];
  defaultValues: DefaultValues<Values>;
}

export interface JsonForm<Values extends FieldValues> {
  form: UseFormReturn<Values>;
  /** The errors to list above the form, in field order; empty when there are none. */
  summary: ErrorSummaryItem[];
  /** Changes whenever the errors are shown anew, so a `key` on the summary moves focus to it again. */
  summaryKey: string;
  /** A field's current error message. */
  errorOf: (field: Path<Values>) => string | undefined;
  /** Shows the server's refusal: a 400's issues beside their fields, anything else as `message` or a common problem. */
  refuse: (reply: JsonReply, message?: string) => void;
}

/**
 * A staff form that sends JSON to one of the app's endpoints: react-hook-form checking what
 * the server will check before anything is sent (GOV.UK style: errors change only on submit,
 * focus goes to the summary), then the server's answer shown the same way.
 */
export function useJsonForm<Values extends FieldValues>({ resolver, fields, defaultValues }: JsonFormOptions<Values>): JsonForm<Values> {
  const form = useForm<Values>({
    resolver,
    defaultValues,
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const [refusals, setRefusals] = useState(0);
  const { errors, submitCount } = form.formState;

  function show(issues: readonly FieldIssue[]): void {
    for (const issue of issues) {
      // An issue naming no field of the form (the whole body, say) goes to the first one, so it is still shown.
      const field = fields.find((candidate) => candidate === issue.path.split(".")[0]) ?? fields[0];
      form.setError(field, { type: "server", message: issue.message });
    }
    setRefusals((count) => count + 1);
  }

  return {
    form,
    summary: errorSummaryItems(errors, fields),
    summaryKey: `${submitCount}-${refusals}`,
    errorOf: (field) => {
      const message = errors[field]?.message;
      return typeof message === "string" ? message : undefined;
    },
    refuse: (reply, message) => {
      const issues = reply.reached && reply.status === 400 && message === undefined ? issuesOf(reply.body) : [];
      show(issues.length > 0 ? issues : [{ path: fields[0], message: message ?? commonProblem(reply) }]);
    },
  };
}
