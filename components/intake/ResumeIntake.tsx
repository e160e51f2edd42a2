"use client";

import { useState, useSyncExternalStore } from "react";
import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { useClinicTimeZone } from "@/components/ui/ClinicTimeZone";
import { DateInput } from "@/components/ui/DateInput";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { errorSummaryItems } from "@/components/ui/error-summary-items";
import { Field } from "@/components/ui/Field";
import { PhoneLink } from "@/components/ui/PhoneLink";
import { normaliseResumeCode } from "@/lib/drafts/resume-code";
import { datePartsMessages, parseDateParts, type DatePart, type DateParts } from "@/lib/questionnaire/date-parts";
import { steps } from "@/lib/questionnaire/lookup";
import { checkStep } from "@/lib/questionnaire/step-check";
import type { StepId } from "@/lib/questionnaire/step-order";
import { resumeDraft, type DraftProblem, type SavedDraft } from "./drafts";
import { IntakeFlow, type IntakeFlowProps } from "./IntakeFlow";
import { SentBefore } from "./SentBefore";
import { sectionOf, type IntakeDraft } from "./step-values";
import { useDocumentTitle } from "./use-document-title";
import { sentReferenceOf } from "./use-step-history";

interface ResumeValues {
  resumeCode: string;
  dateOfBirth: DateParts;
}

type Checked = { resumeCode: string; dateOfBirth: string };

const TITLE = "Finish a saved screening";
const FIELDS = ["resumeCode", "dateOfBirth"] as const;
const dateMessages = { ...datePartsMessages("Date of birth"), required: "Enter your date of birth" };
const NOT_FOUND =
  "We couldn't find saved answers for that code and date of birth. Check both and try again: after 5 wrong dates of birth, the saved answers are deleted to keep them safe.";
const PROBLEMS: Readonly<Record<DraftProblem, string>> = {
  busy: "Many attempts have come from your internet connection in a short time. Wait a few minutes, then try again.",
  rejected: "Check the code and your date of birth, then try again.",
  unavailable: "We couldn't reach the clinic's server. Check your connection and try again.",
};

/** Checks the two answers as the server will, so a typo is caught before it costs one of the 5 attempts. */
const resolver: Resolver<ResumeValues, unknown, Checked> = (values) => {
  const errors: FieldErrors<ResumeValues> = {};
  const code = values.resumeCode.trim() === "" ? undefined : normaliseResumeCode(values.resumeCode);
  if (values.resumeCode.trim() === "") errors.resumeCode = { type: "required", message: "Enter the code you were given when you saved your answers" };
  else if (code === undefined) {
    errors.resumeCode = { type: "invalid", message: "Enter the code exactly as you wrote it down: 16 letters and numbers, like 7K3P-9QXA-M2D5-HT8C" };
  }
  const date = parseDateParts(values.dateOfBirth, dateMessages);
  if (!date.ok) errors.dateOfBirth = { type: date.problem, message: date.message, types: { parts: date.parts.join(" ") } };
  if (code === undefined || !date.ok) return { values: {} as Record<string, never>, errors };
  return { values: { resumeCode: code, dateOfBirth: date.date }, errors: {} };
};

/** The first step with an answer missing or not valid, where the patient carries on. */
function firstStepToFinish(draft: IntakeDraft, timeZone: string): StepId {
  const open = steps.find((step) => {
    const given = draft[sectionOf(step)];
    const values = Object.fromEntries(step.questions.filter(({ id }) => id in given).map(({ id }) => [id, given[id]]));
    // A question left out is "required" to the check, like one answered wrongly.
    return !checkStep(step.questions, values, { timeZone }).ok;
  });
  return open?.id ?? "confirm";
}

type Resumed = NonNullable<IntakeFlowProps["resumed"]>;

// Only the entry the page opened on matters: its state is read once, not followed.
const ignoreChanges = () => () => {};

/**
 * `/intake/resume`: the resume code and the date of birth open a saved draft, and the intake
 * carries on from its first unfinished step, on this same page: the answers go from the
 * server's reply into memory, never into the URL or the browser's storage.
 */
export function ResumeIntake(props: Omit<IntakeFlowProps, "resumed">) {
  const [resumed, setResumed] = useState<Resumed>();
  // A reload after sending a resumed screening: say it was sent, as the intake page does. The
  // server has no history entry, so the page first renders the form and then, if sent, this.
  const sentBefore = useSyncExternalStore(ignoreChanges, () => sentReferenceOf(window.history.state), () => undefined);
  if (sentBefore !== undefined && resumed === undefined) return <SentBefore reference={sentBefore} {...props} />;
  if (resumed) return <IntakeFlow {...props} resumed={resumed} />;
  return <ResumeForm clinicName={props.clinicName} clinicPhone={props.clinicPhone} onResumed={setResumed} />;
}

function ResumeForm({ clinicName, clinicPhone, onResumed }: { clinicName: string; clinicPhone: string; onResumed: (resumed: Resumed) => void }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, submitCount, isSubmitting },
  } = useForm<ResumeValues, unknown, Checked>({
    resolver,
    defaultValues: { resumeCode: "", dateOfBirth: { day: "", month: "", year: "" } },
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const summary = errorSummaryItems(errors, FIELDS);
  const timeZone = useClinicTimeZone();
  useDocumentTitle(summary.length > 0 ? `Error: ${TITLE} – ${clinicName}` : `${TITLE} – ${clinicName}`);

  const open = async ({ resumeCode, dateOfBirth }: Checked): Promise<void> => {
    const result = await resumeDraft(resumeCode, dateOfBirth);
    if (result.status === "resumed") {
      const draft: IntakeDraft = { patient: result.body.patient, answers: result.body.answers, consent: {} };
      const saved: SavedDraft = { resumeCode, expiresAt: result.expiresAt };
      onResumed({ draft, step: firstStepToFinish(draft, timeZone), saved });
      return;
    }
    setError("resumeCode", { type: "server", message: result.status === "not_found" ? NOT_FOUND : PROBLEMS[result.problem] });
  };

  const dateError = errors.dateOfBirth;
  const dateParts = typeof dateError?.types?.parts === "string" ? (dateError.types.parts.split(" ") as DatePart[]) : undefined;
  return (
    <>
      {summary.length > 0 && <ErrorSummary key={submitCount} items={summary} />}
      <h1>{TITLE}</h1>
      <p className="lead">Enter the code you were given when you saved your answers, and your date of birth.</p>
      <form noValidate onSubmit={handleSubmit(open)}>
        <Field id="resumeCode" label="Your code" hint="For example, 7K3P-9QXA-M2D5-HT8C" error={errors.resumeCode?.message}>
          {(control) => (
            <input
              className="input input--code"
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              {...control}
              {...register("resumeCode")}
            />
          )}
        </Field>
        <DateInput
          id="dateOfBirth"
          legend="Your date of birth"
          hint="For example, 27 3 1990"
          error={dateError?.message}
          errorParts={dateParts}
          autoComplete="bday"
          inputs={{ day: register("dateOfBirth.day"), month: register("dateOfBirth.month"), year: register("dateOfBirth.year") }}
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={isSubmitting}>
            Continue
          </button>
        </div>
      </form>
      <p className="after-form">
        Lost your code? Saved answers can&apos;t be found without it. You can <a href="/intake">start a new screening</a>, or call
        us on <PhoneLink phone={clinicPhone} />.
      </p>
    </>
  );
}
