import type { STEP_IDS } from "./step-order";
import { aboutStep } from "./steps/about";
import { confirmStep } from "./steps/confirm";
import { goalsStep } from "./steps/goals";
import { healthStep } from "./steps/health";
import { skinStep } from "./steps/skin";
import type { StepDefinition } from "./types";

/** Bump when a question's meaning, id or options change (shared/spec/questionnaire.md). */
export const QUESTIONNAIRE_VERSION = 1;

/** One step per id of `Ids`, in that order. */
type StepsInOrder<Ids extends readonly string[]> = { readonly [Index in keyof Ids]: { readonly id: Ids[Index] } };

/**
 * Questionnaire version 1: the single source of ids, option codes and wording. The form,
 * the schemas, the review step, the clinician view and the printed summary derive from it.
 * Each step lives in its own module (steps/), so the patient's browser can load the first
 * one alone. Exported with its literal types for `lookup.ts`; code reads it as `steps`.
 */
export const questionnaireSteps = [aboutStep, goalsStep, skinStep, healthStep, confirmStep] as const satisfies readonly StepDefinition[] &
  StepsInOrder<typeof STEP_IDS>;
