// Everything the intake needs after its first step is on screen, in a chunk of its own: the
// step checks, their messages and the error summary (the first step's too: Continue waits
// for them, and no error is shown before), the other steps' questions, the whole-intake
// check, Check your answers, sending and the result. The first step's page stays light;
// use-rest-of-intake.ts loads this once the patient starts answering.
export { steps } from "@/lib/questionnaire/lookup";
export { ErrorSummary } from "@/components/ui/ErrorSummary";
export { datePartsWithError } from "@/lib/questionnaire/messages";
export { checkStep } from "@/lib/questionnaire/step-check";
export { CheckAnswers } from "./CheckAnswers";
export { checkIntake } from "./check-intake";
export { ResultView } from "./ResultView";
export { SaveForLater } from "./SaveForLater";
export { locateIssues } from "./step-issues";
export { PrivacyNoticeLink } from "./PrivacyNoticeLink";
export { isRetryable, SubmissionNotice } from "./SubmissionNotice";
export { submitIntake } from "./submit-intake";
