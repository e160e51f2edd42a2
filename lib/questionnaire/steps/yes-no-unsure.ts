/** The options of every yes-no-unsure question; "unsure" is never taken as "no". */
export const yesNoUnsure = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unsure", label: "I'm not sure" },
] as const;
