import type { StepDefinition } from "../types";

/** Step 5, "Check your answers and consent": the `consent` object. */
export const confirmStep = {
  id: "confirm",
  title: "Check your answers and consent",
  intro: "Check your answers below. You can go back and change any of them before you send them.",
  questions: [
    // How and when the front desk may reach the patient to book (their "To contact" list).
    {
      id: "contactMethod",
      section: "consent",
      kind: "single",
      label: "How should the clinic contact you about booking?",
      shortLabel: "Contact by",
      options: [
        { value: "phone", label: "Phone" },
        { value: "email", label: "Email" },
      ],
      messages: { required: "Select whether the clinic should contact you by phone or by email" },
    },
    {
      id: "contactTimes",
      section: "consent",
      kind: "multi",
      label: "When may the clinic contact you?",
      shortLabel: "Contact times",
      hint: "Choose all that suit you.",
      options: [
        { value: "mornings", label: "Mornings" },
        { value: "afternoons", label: "Afternoons" },
        { value: "evenings", label: "Evenings" },
      ],
      messages: {
        required: "Select at least one time when the clinic may contact you",
        invalid: "Select when the clinic may contact you from the options shown",
        duplicate: "Select each time when the clinic may contact you only once",
      },
    },
    {
      id: "storeAndReview",
      section: "consent",
      kind: "checkbox",
      label: "I agree that the clinic stores my answers and a clinician reviews them.",
      shortLabel: "Agreed to storage and review",
      messages: { required: "Tick to agree that the clinic stores your answers and a clinician reviews them" },
    },
    {
      id: "accurate",
      section: "consent",
      kind: "checkbox",
      label: "My answers are true and complete.",
      shortLabel: "Confirmed answers are accurate",
      messages: { required: "Tick to confirm your answers are true and complete" },
    },
    {
      id: "signature",
      section: "consent",
      kind: "text",
      label: "Type your full name to sign",
      shortLabel: "Signature",
      hint: "Your first and last name, as you entered them in \"About you\".",
      // First and last name at 100 characters each, plus spaces.
      maxLength: 210,
      messages: {
        required: "Enter your full name to sign",
        mismatch: "Your signature must be your first and last name, as you entered them in \"About you\"",
      },
    },
    {
      id: "emailCopy",
      section: "consent",
      kind: "checkbox",
      label: "Email me a copy of my result",
      shortLabel: "Asked for a copy by email",
      optional: true,
    },
  ],
} as const satisfies StepDefinition;
