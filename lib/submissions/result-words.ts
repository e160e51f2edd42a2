// The words of a screening result, for the result page (components/intake/ResultView.tsx)
// and the patient's emailed copy (lib/server/mail/templates.ts): one text, two media.
// Browser-safe.
import type { Level, Outcome } from "@/lib/vocabulary";

/**
 * The outcome in the patient's terms. "Not suitable" is told three ways: for good (any
 * exclusion that is not temporary), for now (each reason says when), or, when being under 18
 * is the only reason, not online until 18 (the clinic sees them in person with a guardian).
 */
export type Verdict = "eligible" | "needs_review" | "not_suitable" | "not_now" | "under_18";

type ResultOf = {
  readonly outcome: Outcome;
  readonly reasons: readonly { readonly rule: string; readonly level: Level; readonly temporary: boolean }[];
};

// The one rule whose way forward is not waiting but an appointment (screening-policy.md).
const UNDER_18 = "under_18";

function exclusionsOf(result: ResultOf): ResultOf["reasons"] {
  return result.reasons.filter((reason) => reason.level === "exclude");
}

export function verdictOf(result: ResultOf): Verdict {
  if (result.outcome !== "not_suitable") return result.outcome;
  const exclusions = exclusionsOf(result);
  // Only reasons that all say "for now" make it "not right now".
  if (exclusions.length === 0 || exclusions.some((reason) => !reason.temporary)) return "not_suitable";
  return exclusions.every((reason) => reason.rule === UNDER_18) ? "under_18" : "not_now";
}

export const RESULT_HEADINGS: Record<Verdict, string> = {
  eligible: "Good news: microneedling looks suitable for you",
  needs_review: "A clinician will look at your answers",
  not_suitable: "Microneedling is not suitable for you",
  not_now: "Microneedling isn't right for you right now",
  under_18: "We can't screen you online until you're 18",
};

/** A piece of "what happens next": words, or the clinic's phone number (a link on screen). */
export type NextStepPart = string | { readonly phone: true };

const PHONE = { phone: true } as const;

/**
 * What happens next, as parts to join. `reasonsListed` says whether the reasons are shown
 * above (the result page) or not (the email, which carries nothing of the answers);
 * `bookOnline`, whether the clinic's booking page is offered beside it (`BOOKING_URL`).
 */
export function nextStepParts(result: ResultOf, reviewContactDays: number, reasonsListed: boolean, bookOnline = false): readonly NextStepPart[] {
  const underAge = exclusionsOf(result).some((reason) => reason.rule === UNDER_18);
  switch (verdictOf(result)) {
    case "eligible":
      return [
        `${bookOnline ? "Book a consultation online, or the clinic will contact you to book, as you asked." : "The clinic will contact you to book a consultation, as you asked."} A clinician will check your skin in person and talk you through the treatment before you decide.`,
      ];
    case "needs_review": {
      const days = reviewContactDays === 1 ? "1 working day" : `${reviewContactDays} working days`;
      return [`A clinician will contact you within ${days} to talk about your answers. You don't need to do anything until then.`];
    }
    case "not_suitable":
      return [
        "We can't offer you microneedling. Our team is happy to talk to you about other treatments that may suit you: call the clinic on ",
        PHONE,
        `.${underAge ? " As you're under 18, please come with a parent or guardian." : ""}`,
      ];
    case "not_now":
      // An under-18 cannot screen online again whatever else passes: the way forward is the clinic.
      return underAge
        ? [
            "Call the clinic on ",
            PHONE,
            ` to arrange an appointment with a parent or guardian. The clinic will tell you when the other reasons ${reasonsListed ? "above" : "for your result"} allow treatment.`,
          ]
        : [
            `We can't offer you microneedling right now. ${reasonsListed ? "Each reason above says" : "Your result page said"} when it's worth screening again. If you have any questions, call the clinic on `,
            PHONE,
            ".",
          ];
    case "under_18":
      return ["Call the clinic on ", PHONE, " to arrange an appointment with a parent or guardian."];
  }
}
