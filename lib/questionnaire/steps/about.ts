import type { StepDefinition } from "../types";

/** Step 1, "About you": the `patient` object. */
export const aboutStep = {
  id: "about",
  title: "About you",
  intro: "We need a few details so the clinic can get in touch with you.",
  questions: [
    {
      id: "firstName",
      section: "patient",
      kind: "text",
      label: "What is your first name?",
      shortLabel: "First name",
      maxLength: 100,
      messages: { required: "Enter your first name" },
    },
    {
      id: "lastName",
      section: "patient",
      kind: "text",
      label: "What is your last name?",
      shortLabel: "Last name",
      maxLength: 100,
      messages: { required: "Enter your last name" },
    },
    {
      id: "dateOfBirth",
      section: "patient",
      kind: "date",
      label: "What is your date of birth?",
      shortLabel: "Date of birth",
      hint: "For example 1990-04-27. We use it to check the treatment suits your age.",
      messages: {
        required: "Enter your date of birth",
        invalid: "Enter your date of birth as a real date, for example 1990-04-27",
        future: "Your date of birth can't be in the future",
        tooOld: "Check your date of birth: it can't be more than 120 years ago",
      },
    },
    {
      id: "email",
      section: "patient",
      kind: "email",
      label: "What is your email address?",
      shortLabel: "Email",
      hint: "We only use it to contact you about your appointment.",
      // The longest address email standards allow.
      maxLength: 254,
      messages: {
        required: "Enter your email address",
        invalid: "Enter an email address like name@example.com",
      },
    },
    {
      id: "phone",
      section: "patient",
      kind: "tel",
      label: "What is your phone number?",
      shortLabel: "Phone",
      hint: "Optional. We may call you about your appointment.",
      optional: true,
      maxLength: 30,
      messages: {
        invalid: "Enter a phone number with 7 to 20 digits, using only digits, spaces, brackets, + and -",
      },
    },
  ],
} as const satisfies StepDefinition;
