/**
 * The steps' ids in the order the patient meets them. The intake's first page needs the
 * order (for "Step 1 of 5" and for Continue) before the later steps' questions have loaded;
 * questions.ts has the compiler hold the questionnaire to it.
 */
export const STEP_IDS = ["about", "goals", "skin", "health", "confirm"] as const;

export type StepId = (typeof STEP_IDS)[number];
