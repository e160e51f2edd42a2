// Everything the intake needs after its first step, in a chunk of its own: the other steps'
// questions, the whole-intake check, Check your answers, sending and the result. The first
// step's page stays light; use-rest-of-intake.ts loads this once the patient starts answering.
export { steps } from "@/lib/questionnaire/lookup";
export { CheckAnswers } from "./CheckAnswers";
export { checkIntake } from "./check-intake";
export { ResultView } from "./ResultView";
export { SaveForLater } from "./SaveForLater";
export { locateIssues } from "./step-issues";
export { PrivacyNoticeLink } from "./PrivacyNoticeLink";
export { isRetryable, SubmissionNotice } from "./SubmissionNotice";
export { submitIntake } from "./submit-intake";
