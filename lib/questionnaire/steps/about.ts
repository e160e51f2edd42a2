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
      hint: "For example, 27 3 1990. We use it to check the treatment suits your age.",
      // The other messages follow GOV.UK's date input: "Date of birth must include a month", ...
      messages: { required: "Enter your date of birth" },
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
        invalid: "Enter your email address in the correct format, like name@example.com",
        tooLong: "Email address must be 254 characters or fewer",
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
      // Also for a number too long: the check is one rule with one message.
      messages: { invalid: "Enter a phone number, like 01632 960 001 or +44 7700 900 982" },
    },
  ],
} as const satisfies StepDefinition;
