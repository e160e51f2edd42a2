import type { FieldIssue } from "@/lib/issues";
import { steps, type Step, type StepId } from "@/lib/questionnaire";
import { locateIssues, type StepIssue } from "./step-issues";
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

export type IntakeAction =
  /** Valid answers for the step on screen; the last step's are saved and the flow submits. */
  | { readonly type: "continued"; readonly values: FormValues }
  /** Answers as they stand, unvalidated, so nothing typed is lost. */
  | { readonly type: "wentBack"; readonly values: FormValues }
  | { readonly type: "changeRequested"; readonly step: StepId }
  | { readonly type: "submitStarted" }
  | { readonly type: "submitFailed"; readonly problem: SubmitProblem }
  | { readonly type: "issuesFound"; readonly issues: readonly FieldIssue[] }
  | { readonly type: "submitSucceeded"; readonly receipt: Receipt };

export const initialIntakeState: IntakeState = {
  phase: "answering",
  step: "about",
  draft: emptyDraft,
  returnToCheck: false,
  issues: [],
  moved: false,
  submission: { status: "idle" },
};

const CONFIRM: StepId = "confirm";

export function stepById(id: StepId): Step {
  const step = steps.find((candidate) => candidate.id === id);
  if (step === undefined) throw new Error(`Unknown step "${id}"`);
  return step;
}

function neighbour(id: StepId, offset: 1 | -1): StepId {
  const index = steps.findIndex((step) => step.id === id);
  return steps[index + offset]?.id ?? id;
}

type Answering = Extract<IntakeState, { phase: "answering" }>;

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

export function intakeReducer(state: IntakeState, action: IntakeAction): IntakeState {
  if (state.phase === "done") return state;
  const step = stepById(state.step);
  switch (action.type) {
    case "continued": {
      const draft = saveStepValues(state.draft, step, action.values);
      if (state.step === CONFIRM) return { ...state, draft };
      return goTo(state, state.returnToCheck ? CONFIRM : neighbour(state.step, 1), draft);
    }
    case "wentBack":
      return goTo(state, state.returnToCheck ? CONFIRM : neighbour(state.step, -1), saveStepValues(state.draft, step, action.values));
    case "changeRequested":
      return { ...goTo(state, action.step), returnToCheck: true };
    case "submitStarted":
      return { ...state, issues: [], submission: { status: "sending" } };
    case "submitFailed":
      return { ...state, submission: { status: "failed", problem: action.problem } };
    case "issuesFound": {
      const located = locateIssues(action.issues);
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
