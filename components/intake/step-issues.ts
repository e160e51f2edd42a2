import type { FieldIssue } from "@/lib/issues";
import { questions, steps, type StepId } from "@/lib/questionnaire/lookup";

/** A problem with one question of the step on screen. */
export interface StepIssue {
  readonly questionId: string;
  readonly message: string;
}

export interface LocatedIssues {
  readonly step: StepId;
  readonly issues: readonly StepIssue[];
}

function stepOfIssue({ path, message }: FieldIssue): { step: StepId; issue: StepIssue } | undefined {
  // Paths look like `answers.keloids` or `answers.concerns.0`: section, then question id.
  const [section, questionId] = path.split(".");
  const question = questions.find((candidate) => candidate.section === section && candidate.id === questionId);
  const step = question && steps.find((candidate) => candidate.questions.some((item) => item.id === question.id));
  return question && step && { step: step.id, issue: { questionId: question.id, message } };
}

/**
 * The first step with problems, and that step's problems, from issues reported for the
 * whole intake (by `checkIntake` or by the server). `undefined` if no issue names a
 * question the patient can change.
 */
export function locateIssues(issues: readonly FieldIssue[]): LocatedIssues | undefined {
  const located = issues.flatMap((issue) => stepOfIssue(issue) ?? []);
  const first = steps.find((step) => located.some((item) => item.step === step.id));
  if (first === undefined) return undefined;
  const onStep = located.filter((item) => item.step === first.id).map((item) => item.issue);
  // One message per question: the form shows one error under each.
  const unique = onStep.filter((issue, index) => onStep.findIndex((other) => other.questionId === issue.questionId) === index);
  return { step: first.id, issues: unique };
}
