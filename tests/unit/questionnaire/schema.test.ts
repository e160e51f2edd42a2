import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  answersSchema,
  assessmentRequestSchema,
  buildAssessmentRequestSchema,
  buildIntakeSchema,
  buildStepSchemas,
  consentStepSchema,
  intakeSchema,
  stepSchemas,
} from "@/lib/questionnaire";
import { toFieldIssues, type FieldIssue } from "@/lib/issues";
import { intakeWith, SCREENING_DATE } from "@/tests/fixtures/intake";

const TODAY = SCREENING_DATE;
const schema = buildIntakeSchema({ today: TODAY });

/** The fixture intake (`intakeWith()`) loosened for breaking on purpose. */
type Draft = { patient: Record<string, unknown>; answers: Record<string, unknown>; consent: Record<string, unknown> } & Record<
  string,
  unknown
>;

function issuesAfter(change: (draft: Draft) => void): FieldIssue[] {
  const draft: Draft = structuredClone(intakeWith());
  change(draft);
  const result = schema.safeParse(draft);
  return result.success ? [] : toFieldIssues(result.error);
}

const UNKNOWN_FIELD = "Remove this field: it is not part of the questionnaire";
const YES_NO_UNSURE = "Select yes, no or I'm not sure";
const DATE_FORMAT = "Enter your date of birth as a real date, for example 1990-04-27";
const PHONE = "Enter a phone number with 7 to 20 digits, using only digits, spaces, brackets, + and -";
const CONCERNS = "Choose at least one thing you'd like to improve";
const SIGNATURE = 'Type your first and last name exactly as you entered them in "About you"';

describe("the baseline intake", () => {
  it("is valid", () => {
    expect(issuesAfter(() => {})).toEqual([]);
  });

  it("comes out trimmed", () => {
    const draft: Draft = structuredClone(intakeWith());
    draft.patient.firstName = "  Jane ";
    draft.patient.email = " jane@example.com ";
    draft.answers.medications = "  Vitamin D  ";
    const parsed = schema.parse(draft);
    expect(parsed.patient.firstName).toBe("Jane");
    expect(parsed.patient.email).toBe("jane@example.com");
    expect(parsed.answers.medications).toBe("Vitamin D");
  });
});

/** Each case breaks the baseline in one way and expects exactly one problem. */
function invalidCases(cases: readonly { name: string; change: (draft: Draft) => void; path: string; message: string }[]): void {
  it.each(cases)("$name => $path", ({ change, path, message }) => {
    expect(issuesAfter(change)).toEqual([{ path, message }]);
  });
}

describe("missing", () => {
  invalidCases([
    { name: "first name", change: (d) => delete d.patient.firstName, path: "patient.firstName", message: "Enter your first name" },
    { name: "last name", change: (d) => delete d.patient.lastName, path: "patient.lastName", message: "Enter your last name" },
    { name: "date of birth", change: (d) => delete d.patient.dateOfBirth, path: "patient.dateOfBirth", message: "Enter your date of birth" },
    { name: "email", change: (d) => delete d.patient.email, path: "patient.email", message: "Enter your email address" },
    { name: "concerns", change: (d) => delete d.answers.concerns, path: "answers.concerns", message: CONCERNS },
    {
      name: "treatment areas",
      change: (d) => delete d.answers.treatmentAreas,
      path: "answers.treatmentAreas",
      message: "Choose at least one area you'd like treated",
    },
    { name: "skin type", change: (d) => delete d.answers.skinType, path: "answers.skinType", message: "Choose the description closest to your skin" },
    { name: "a yes-no-unsure answer", change: (d) => delete d.answers.keloids, path: "answers.keloids", message: YES_NO_UNSURE },
    { name: "a single choice", change: (d) => delete d.answers.isotretinoin, path: "answers.isotretinoin", message: "Choose one of the options" },
    {
      name: "consent to storage",
      change: (d) => delete d.consent.storeAndReview,
      path: "consent.storeAndReview",
      message: "Tick this box so the clinic can store your answers and a clinician can review them",
    },
    { name: "signature", change: (d) => delete d.consent.signature, path: "consent.signature", message: "Type your full name to sign" },
    { name: "the answers object", change: (d) => Reflect.deleteProperty(d, "answers"), path: "answers", message: "Send the answers as an object" },
    { name: "the patient object", change: (d) => Reflect.deleteProperty(d, "patient"), path: "patient", message: "Send the patient's details as an object" },
    { name: "the consent object", change: (d) => Reflect.deleteProperty(d, "consent"), path: "consent", message: "Send the consent as an object" },
  ]);

  it("optional answers may be left out", () => {
    expect(
      issuesAfter((d) => {
        delete d.patient.phone;
        delete d.answers.medications;
        delete d.answers.otherConditions;
      }),
    ).toEqual([]);
  });
});

describe("extra (unknown) keys, at every level", () => {
  invalidCases([
    { name: "at the root", change: (d) => (d.notes = "hi"), path: "notes", message: UNKNOWN_FIELD },
    { name: "in patient", change: (d) => (d.patient.nhsNumber = "123"), path: "patient.nhsNumber", message: UNKNOWN_FIELD },
    { name: "in answers", change: (d) => (d.answers.smoker = "no"), path: "answers.smoker", message: UNKNOWN_FIELD },
    { name: "in consent", change: (d) => (d.consent.marketing = true), path: "consent.marketing", message: UNKNOWN_FIELD },
  ]);

  it("reports each unknown key separately", () => {
    expect(
      issuesAfter((d) => {
        d.answers.a = 1;
        d.answers.b = 2;
      }),
    ).toEqual([
      { path: "answers.a", message: UNKNOWN_FIELD },
      { path: "answers.b", message: UNKNOWN_FIELD },
    ]);
  });
});

describe("wrong type", () => {
  invalidCases([
    { name: "number as first name", change: (d) => (d.patient.firstName = 42), path: "patient.firstName", message: "Enter your first name" },
    { name: "number as date of birth", change: (d) => (d.patient.dateOfBirth = 19900427), path: "patient.dateOfBirth", message: "Enter your date of birth" },
    { name: "string as concerns", change: (d) => (d.answers.concerns = "acne_scars"), path: "answers.concerns", message: CONCERNS },
    { name: "boolean as yes-no-unsure", change: (d) => (d.answers.keloids = false), path: "answers.keloids", message: YES_NO_UNSURE },
    {
      name: "string as a checkbox",
      change: (d) => (d.consent.accurate = "true"),
      path: "consent.accurate",
      message: "Tick this box to confirm your answers are true and complete",
    },
    { name: "array as answers", change: (d) => (d.answers = [] as unknown as Record<string, unknown>), path: "answers", message: "Send the answers as an object" },
  ]);

  it("refuses a body that is not an object", () => {
    expect(toFieldIssues(schema.safeParse("intake").error ?? { issues: [] })).toEqual([{ path: "", message: "Send the intake as an object" }]);
  });
});

describe("out-of-range option", () => {
  invalidCases([
    { name: "maybe", change: (d) => (d.answers.keloids = "maybe"), path: "answers.keloids", message: YES_NO_UNSURE },
    { name: "upper-case Yes", change: (d) => (d.answers.bloodThinners = "Yes"), path: "answers.bloodThinners", message: YES_NO_UNSURE },
    { name: "skin type VII", change: (d) => (d.answers.skinType = "VII"), path: "answers.skinType", message: "Choose the description closest to your skin" },
    { name: "diabetes type_2", change: (d) => (d.answers.diabetes = "type_2"), path: "answers.diabetes", message: "Choose one of the options" },
    {
      name: "an unknown concern",
      change: (d) => (d.answers.concerns = ["acne_scars", "tattoo_removal"]),
      path: "answers.concerns.1",
      message: "Choose only from the options shown",
    },
    { name: "no concerns", change: (d) => (d.answers.concerns = []), path: "answers.concerns", message: CONCERNS },
    {
      name: "no areas",
      change: (d) => (d.answers.treatmentAreas = []),
      path: "answers.treatmentAreas",
      message: "Choose at least one area you'd like treated",
    },
  ]);
});

describe("duplicates in a multi-select", () => {
  invalidCases([
    {
      name: "a concern twice",
      change: (d) => (d.answers.concerns = ["acne_scars", "stretch_marks", "acne_scars"]),
      path: "answers.concerns.2",
      message: "Choose each option only once",
    },
    {
      name: "an area twice",
      change: (d) => (d.answers.treatmentAreas = ["face", "face"]),
      path: "answers.treatmentAreas.1",
      message: "Choose each option only once",
    },
  ]);

  it("reports a duplicate even beside an unknown option", () => {
    expect(issuesAfter((d) => (d.answers.treatmentAreas = ["face", "elbow", "face"]))).toEqual([
      { path: "answers.treatmentAreas.1", message: "Choose only from the options shown" },
      { path: "answers.treatmentAreas.2", message: "Choose each option only once" },
    ]);
  });
});

describe("date of birth", () => {
  const setDateOfBirth = (date: string) => (d: Draft) => (d.patient.dateOfBirth = date);

  invalidCases([
    { name: "29 February in a non-leap year", change: setDateOfBirth("2023-02-29"), path: "patient.dateOfBirth", message: DATE_FORMAT },
    { name: "31 April", change: setDateOfBirth("2023-04-31"), path: "patient.dateOfBirth", message: DATE_FORMAT },
    { name: "month 13", change: setDateOfBirth("2024-13-01"), path: "patient.dateOfBirth", message: DATE_FORMAT },
    { name: "day 00", change: setDateOfBirth("1990-04-00"), path: "patient.dateOfBirth", message: DATE_FORMAT },
    { name: "no leading zeros", change: setDateOfBirth("1990-4-27"), path: "patient.dateOfBirth", message: DATE_FORMAT },
    { name: "day first", change: setDateOfBirth("27/04/1990"), path: "patient.dateOfBirth", message: DATE_FORMAT },
    { name: "with a time", change: setDateOfBirth("1990-04-27T00:00:00Z"), path: "patient.dateOfBirth", message: DATE_FORMAT },
    { name: "empty", change: setDateOfBirth(""), path: "patient.dateOfBirth", message: "Enter your date of birth" },
    { name: "tomorrow", change: setDateOfBirth("2026-11-16"), path: "patient.dateOfBirth", message: "Your date of birth can't be in the future" },
    { name: "next year", change: setDateOfBirth("2027-01-01"), path: "patient.dateOfBirth", message: "Your date of birth can't be in the future" },
    {
      name: "121 years ago today",
      change: setDateOfBirth("1905-11-15"),
      path: "patient.dateOfBirth",
      message: "Check your date of birth: it can't be more than 120 years ago",
    },
  ]);

  it.each(["2026-11-15", "2024-02-29", "2000-02-29", "1906-11-15", "1905-11-16"])("accepts %s", (date) => {
    expect(issuesAfter(setDateOfBirth(date))).toEqual([]);
  });

  describe("with the default 'today'", () => {
    beforeEach(() => {
      vi.useFakeTimers({ now: new Date("2026-11-15T23:30:00Z") });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    const parseDateOfBirth = (date: string) => {
      const draft: Draft = structuredClone(intakeWith());
      draft.patient.dateOfBirth = date;
      return intakeSchema.safeParse(draft).success;
    };

    it("allows tomorrow in UTC (already today for a patient in UTC+14), not the day after", () => {
      expect(parseDateOfBirth("2026-11-16")).toBe(true);
      expect(parseDateOfBirth("2026-11-17")).toBe(false);
    });

    it("reads the clock at each validation, not once at start-up", () => {
      expect(parseDateOfBirth("2026-11-17")).toBe(false);
      vi.setSystemTime(new Date("2026-11-16T00:30:00Z"));
      expect(parseDateOfBirth("2026-11-17")).toBe(true);
    });
  });
});

describe("too long", () => {
  const text = (length: number) => "a".repeat(length);
  invalidCases([
    { name: "first name of 101", change: (d) => (d.patient.firstName = text(101)), path: "patient.firstName", message: "Use 100 characters or fewer" },
    { name: "last name of 101", change: (d) => (d.patient.lastName = text(101)), path: "patient.lastName", message: "Use 100 characters or fewer" },
    {
      name: "other concern of 501",
      change: (d) => {
        d.answers.concerns = ["other"];
        d.answers.concernsOther = text(501);
      },
      path: "answers.concernsOther",
      message: "Use 500 characters or fewer",
    },
    { name: "medications of 1001", change: (d) => (d.answers.medications = text(1001)), path: "answers.medications", message: "Use 1000 characters or fewer" },
    {
      name: "other conditions of 1001",
      change: (d) => (d.answers.otherConditions = text(1001)),
      path: "answers.otherConditions",
      message: "Use 1000 characters or fewer",
    },
    { name: "email of 255", change: (d) => (d.patient.email = `${text(243)}@example.com`), path: "patient.email", message: "Use 254 characters or fewer" },
  ]);

  it("counts length after trimming, up to the limit", () => {
    expect(
      issuesAfter((d) => {
        d.patient.firstName = `  ${text(100)}  `;
        d.answers.medications = text(1000);
        d.consent.signature = `${text(100)} Doe`;
      }),
    ).toEqual([]);
  });

  invalidCases([{ name: "blank first name", change: (d) => (d.patient.firstName = "   "), path: "patient.firstName", message: "Enter your first name" }]);
});

describe("the other-concern text", () => {
  const REQUIRED = "Tell us what else you'd like to improve";
  invalidCases([
    {
      name: "missing when 'other' is chosen",
      change: (d) => (d.answers.concerns = ["acne_scars", "other"]),
      path: "answers.concernsOther",
      message: REQUIRED,
    },
    {
      name: "blank when 'other' is chosen",
      change: (d) => {
        d.answers.concerns = ["other"];
        d.answers.concernsOther = "   ";
      },
      path: "answers.concernsOther",
      message: REQUIRED,
    },
    {
      name: "given when 'other' is not chosen",
      change: (d) => (d.answers.concernsOther = "Redness"),
      path: "answers.concernsOther",
      message: 'Leave this empty unless you chose "Something else"',
    },
  ]);

  it.each([
    { concerns: ["other"], concernsOther: "Redness on my cheeks" },
    { concerns: ["acne_scars"], concernsOther: "" },
    { concerns: ["acne_scars"], concernsOther: "  " },
    { concerns: ["acne_scars"] },
  ])("accepts %j", (answers) => {
    expect(issuesAfter((d) => Object.assign(d.answers, answers))).toEqual([]);
  });

  it("is reported alongside other problems in the answers", () => {
    expect(
      issuesAfter((d) => {
        d.answers.concerns = ["other"];
        d.answers.keloids = "maybe";
      }),
    ).toEqual([
      { path: "answers.keloids", message: YES_NO_UNSURE },
      { path: "answers.concernsOther", message: REQUIRED },
    ]);
  });
});

describe("consent", () => {
  invalidCases([
    {
      name: "storage not agreed",
      change: (d) => (d.consent.storeAndReview = false),
      path: "consent.storeAndReview",
      message: "Tick this box so the clinic can store your answers and a clinician can review them",
    },
    {
      name: "accuracy not confirmed",
      change: (d) => (d.consent.accurate = false),
      path: "consent.accurate",
      message: "Tick this box to confirm your answers are true and complete",
    },
    { name: "someone else's name", change: (d) => (d.consent.signature = "John Doe"), path: "consent.signature", message: SIGNATURE },
    { name: "first name only", change: (d) => (d.consent.signature = "Jane"), path: "consent.signature", message: SIGNATURE },
    { name: "names swapped", change: (d) => (d.consent.signature = "Doe Jane"), path: "consent.signature", message: SIGNATURE },
    { name: "empty signature", change: (d) => (d.consent.signature = "  "), path: "consent.signature", message: "Type your full name to sign" },
  ]);

  it.each(["Jane Doe", "  jane   DOE ", "JANE\tDOE"])("accepts the signature %j", (signature) => {
    expect(issuesAfter((d) => (d.consent.signature = signature))).toEqual([]);
  });

  it("matches names whose letters change length in upper case, or are typed with combining accents", () => {
    expect(
      issuesAfter((d) => {
        d.patient.firstName = "Zoë";
        d.patient.lastName = "Straße";
        d.consent.signature = "ZOE\u0308 STRASSE";
      }),
    ).toEqual([]);
  });

  it("does not compare the signature with a name that is itself invalid", () => {
    expect(
      issuesAfter((d) => {
        d.patient.firstName = "";
        d.consent.signature = "Someone Else";
      }),
    ).toEqual([{ path: "patient.firstName", message: "Enter your first name" }]);
  });
});

describe("phone", () => {
  invalidCases([
    { name: "letters", change: (d) => (d.patient.phone = "020 7946 CALL"), path: "patient.phone", message: PHONE },
    { name: "6 digits", change: (d) => (d.patient.phone = "123 456"), path: "patient.phone", message: PHONE },
    { name: "21 digits", change: (d) => (d.patient.phone = "1".repeat(21)), path: "patient.phone", message: PHONE },
    { name: "a dot", change: (d) => (d.patient.phone = "020.7946.0958"), path: "patient.phone", message: PHONE },
    { name: "a number", change: (d) => (d.patient.phone = 2079460958), path: "patient.phone", message: PHONE },
  ]);

  it.each(["", "  ", "+44 (0)20 7946-0958", "1234567", "1".repeat(20)])("accepts %j", (phone) => {
    expect(issuesAfter((d) => (d.patient.phone = phone))).toEqual([]);
  });
});

describe("email", () => {
  invalidCases([
    { name: "no @", change: (d) => (d.patient.email = "jane.example.com"), path: "patient.email", message: "Enter an email address like name@example.com" },
    { name: "no domain", change: (d) => (d.patient.email = "jane@"), path: "patient.email", message: "Enter an email address like name@example.com" },
    { name: "blank", change: (d) => (d.patient.email = " "), path: "patient.email", message: "Enter your email address" },
  ]);
});

describe("many problems at once", () => {
  it("reports one entry per problem, with dot paths", () => {
    expect(
      issuesAfter((d) => {
        d.patient.dateOfBirth = "2023-02-29";
        d.answers.concerns = ["acne_scars", "acne_scars"];
        d.answers.keloids = "maybe";
        d.consent.accurate = false;
        d.extra = 1;
      }),
    ).toEqual([
      { path: "patient.dateOfBirth", message: DATE_FORMAT },
      { path: "answers.concerns.1", message: "Choose each option only once" },
      { path: "answers.keloids", message: YES_NO_UNSURE },
      { path: "consent.accurate", message: "Tick this box to confirm your answers are true and complete" },
      { path: "extra", message: UNKNOWN_FIELD },
    ]);
  });
});

describe("step schemas, for the form", () => {
  const steps = buildStepSchemas({ today: TODAY });
  const intake = intakeWith();

  it("validate one step's fields, with paths relative to the step", () => {
    expect(steps.about.safeParse(intake.patient).success).toBe(true);
    expect(toFieldIssues(steps.about.safeParse({ ...intake.patient, dateOfBirth: "2030-01-01" }).error ?? { issues: [] })).toEqual([
      { path: "dateOfBirth", message: "Your date of birth can't be in the future" },
    ]);
    const { concerns, concernsOther, treatmentAreas, skinType, ...rest } = intake.answers;
    expect(steps.goals.safeParse({ concerns, concernsOther, treatmentAreas, skinType }).success).toBe(true);
    expect(toFieldIssues(stepSchemas.goals.safeParse({ concerns: ["other"], treatmentAreas, skinType }).error ?? { issues: [] })).toEqual([
      { path: "concernsOther", message: "Tell us what else you'd like to improve" },
    ]);
    expect(toFieldIssues(steps.skin.safeParse(rest).error ?? { issues: [] }).map((issue) => issue.path)).toContain("bloodThinners");
  });

  it("check the signature against the name given in the first step", () => {
    const consentStep = consentStepSchema({ firstName: "Jane", lastName: "Doe" });
    expect(consentStep.safeParse({ storeAndReview: true, accurate: true, signature: "jane doe" }).success).toBe(true);
    expect(toFieldIssues(consentStep.safeParse({ storeAndReview: true, accurate: false, signature: "J Doe" }).error ?? { issues: [] })).toEqual([
      { path: "accurate", message: "Tick this box to confirm your answers are true and complete" },
      { path: "signature", message: SIGNATURE },
    ]);
  });

  it("answersSchema alone validates steps 2 to 4", () => {
    expect(answersSchema.safeParse(intake.answers).success).toBe(true);
  });
});

describe("the assessments endpoint's body", () => {
  const request = buildAssessmentRequestSchema({ today: TODAY });
  const { answers } = intakeWith();

  it("needs only a date of birth and the answers", () => {
    expect(request.parse({ patient: { dateOfBirth: "1990-04-27" }, answers })).toEqual({
      patient: { dateOfBirth: "1990-04-27" },
      answers,
    });
  });

  it("ignores the other patient fields and the consent, whatever they hold", () => {
    const body = { patient: { dateOfBirth: "1990-04-27", firstName: "", email: 42 }, answers, consent: { half: "done" } };
    expect(request.parse(body)).toEqual({ patient: { dateOfBirth: "1990-04-27" }, answers });
  });

  it.each([
    { body: { patient: { dateOfBirth: "1990-04-27" }, answers, extra: 1 }, path: "extra", message: UNKNOWN_FIELD },
    { body: { patient: { dateOfBirth: "1990-04-27", nhs: "1" }, answers }, path: "patient.nhs", message: UNKNOWN_FIELD },
    { body: { patient: {}, answers }, path: "patient.dateOfBirth", message: "Enter your date of birth" },
    { body: { patient: { dateOfBirth: "2023-02-29" }, answers }, path: "patient.dateOfBirth", message: DATE_FORMAT },
    { body: { patient: { dateOfBirth: "1990-04-27" }, answers: { ...answers, keloids: "maybe" } }, path: "answers.keloids", message: YES_NO_UNSURE },
    { body: { patient: { dateOfBirth: "1990-04-27" } }, path: "answers", message: "Send the answers as an object" },
  ])("refuses $path: $message", ({ body, path, message }) => {
    expect(toFieldIssues(request.safeParse(body).error ?? { issues: [] })).toEqual([{ path, message }]);
  });

  it("has a default instance reading today's date", () => {
    expect(assessmentRequestSchema.safeParse({ patient: { dateOfBirth: "1990-04-27" }, answers }).success).toBe(true);
  });
});
