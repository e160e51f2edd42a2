import type { QuestionDefinition } from "./types";

// Apart from answer-rules.ts, whose checks the intake's first page does not load: the form
// needs this to show the first step, and the checks only when Continue is pressed.

/**
 * Whether a question is shown (and so may be answered) given the other answers of its
 * section. Questions without `enableWhen` are always shown.
 */
export function isQuestionEnabled(question: QuestionDefinition, values: Readonly<Record<string, unknown>>): boolean {
  if (question.enableWhen === undefined) return true;
  const controlling = values[question.enableWhen.question];
  return Array.isArray(controlling) && controlling.includes(question.enableWhen.includes);
}
