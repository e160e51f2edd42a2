import type { Step } from "@/lib/questionnaire/lookup";
import { STEP_IDS, type StepId } from "@/lib/questionnaire/step-order";
import type { LocatedIssues, StepIssue } from "./step-issues";
import { emptyDraft, saveStepValues, type FormValues, type IntakeDraft } from "./step-values";
import type { Receipt, SubmitProblem } from "./submit-intake";

export type Submission =
  | { readonly status: "idle" }
  | { readonly status: "sending" }
  | { readonly status: "failed"; readonly problem: SubmitProblem };

/** The intake as a state machine: answering the steps (and sending them), then the result. */
export type IntakeState =
  | {
      readonly phase: "answering";
      readonly step: StepId;
      readonly draft: IntakeDraft;
      /** Set by "Change" on Check your answers: Continue and Back then lead straight back there. */
      readonly returnToCheck: boolean;
      /** Problems found after the step was left (whole-intake check or server), shown when it opens. */
      readonly issues: readonly StepIssue[];
      /** False until the step first changes, so a fresh page keeps the browser's own focus. */
      readonly moved: boolean;
      readonly submission: Submission;
    }
  | { readonly phase: "done"; readonly receipt: Receipt };

/**
 * What happened. Answers come with the step they answer, so the reducer needs only the
 * order of the steps (`STEP_IDS`), not their questions, which load after the first page.
 */
export type IntakeAction =
  /** Valid answers for the step on screen; the last step's are saved and the flow submits. */
  | { readonly type: "continued"; readonly step: Step; readonly values: FormValues }
  /** Answers as they stand, unvalidated, so nothing typed is lost. */
  | { readonly type: "wentBack"; readonly step: Step; readonly values: FormValues }
  /** Back or Forward in the browser reached `to`; the answers of the step `left` are kept, unvalidated. */
  | { readonly type: "traversed"; readonly to: StepId; readonly left?: { readonly step: Step; readonly values: FormValues } }
  | { readonly type: "changeRequested"; readonly step: StepId }
  | { readonly type: "submitStarted" }
  | { readonly type: "submitFailed"; readonly problem: SubmitProblem }
  /** Problems found by the whole-intake check or the server, by step (`locateIssues`); none that the patient can change: `undefined`. */
  | { readonly type: "issuesFound"; readonly located: LocatedIssues | undefined }
  | { readonly type: "submitSucceeded"; readonly receipt: Receipt };

type Answering = Extract<IntakeState, { phase: "answering" }>;

export const initialIntakeState: Answering = {
  phase: "answering",
  step: "about",
  draft: emptyDraft,
  returnToCheck: false,
  issues: [],
  moved: false,
  submission: { status: "idle" },
};

/** A saved draft, resumed at `step`. */
export function resumedIntakeState(draft: IntakeDraft, step: StepId): IntakeState {
  return { ...initialIntakeState, step, draft };
}

const CONFIRM: StepId = "confirm";

function neighbour(id: StepId, offset: 1 | -1): StepId {
  return STEP_IDS[STEP_IDS.indexOf(id) + offset] ?? id;
}


function goTo(state: Answering, step: StepId, draft: IntakeDraft = state.draft): Answering {
  return {
    ...state,
    step,
    draft,
    returnToCheck: state.returnToCheck && step !== CONFIRM,
    issues: [],
    moved: true,
    submission: { status: "idle" },
  };
}

/** Where Back leads from the step on screen: the step before it, or Check your answers after "Change". */
export function stepBefore(state: Answering): StepId {
  return state.returnToCheck ? CONFIRM : neighbour(state.step, -1);
}

export function intakeReducer(state: IntakeState, action: IntakeAction): IntakeState {
  if (state.phase === "done") return state;
  switch (action.type) {
    case "continued": {
      // Answers from a step that is no longer the current one (a late second submit) change nothing.
      if (action.step.id !== state.step) return state;
      const draft = saveStepValues(state.draft, action.step, action.values);
      if (state.step === CONFIRM) return { ...state, draft };
      return goTo(state, state.returnToCheck ? CONFIRM : neighbour(state.step, 1), draft);
    }
    case "wentBack":
      if (action.step.id !== state.step) return state;
      return goTo(state, stepBefore(state), saveStepValues(state.draft, action.step, action.values));
    case "traversed": {
      const { left } = action;
      const draft = left && left.step.id === state.step ? saveStepValues(state.draft, left.step, left.values) : state.draft;
      return { ...goTo(state, action.to, draft), returnToCheck: false };
    }
    case "changeRequested":
      return { ...goTo(state, action.step), returnToCheck: true };
    case "submitStarted":
      return { ...state, issues: [], submission: { status: "sending" } };
    case "submitFailed":
      return { ...state, submission: { status: "failed", problem: action.problem } };
    case "issuesFound": {
      const { located } = action;
      if (located === undefined) return { ...state, submission: { status: "failed", problem: "rejected" } };
      // Fixing a step found this way leads back to Check your answers, like "Change" does.
      const moved = located.step === state.step ? state : { ...goTo(state, located.step), returnToCheck: located.step !== CONFIRM };
      return { ...moved, issues: located.issues, submission: { status: "idle" } };
    }
    case "submitSucceeded":
      // The answers are dropped from memory: the result needs only the receipt.
      return { phase: "done", receipt: action.receipt };
  }
}
