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
const KELOIDS = "Select whether you have had raised, thick scars (keloids)";
const REAL_DATE = "Date of birth must be a real date";
const PHONE = "Enter a phone number, like 01632 960 001 or +44 7700 900 982";
const CONCERNS = "Select what you would like to improve";
const AREAS = "Select the areas you want treated";
const ACCURATE = "Tick to confirm your answers are true and complete";
const CONTACT_METHOD = "Select whether the clinic should contact you by phone or by email";
const CONTACT_TIMES = "Select at least one time when the clinic may contact you";
const SIGNATURE = 'Your signature must be your first and last name, as you entered them in "About you"';

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
      message: AREAS,
    },
    { name: "skin type", change: (d) => delete d.answers.skinType, path: "answers.skinType", message: "Select how your skin reacts to the sun" },
    { name: "a yes-no-unsure answer", change: (d) => delete d.answers.keloids, path: "answers.keloids", message: KELOIDS },
    { name: "a single choice", change: (d) => delete d.answers.isotretinoin, path: "answers.isotretinoin", message: "Select whether you have ever taken isotretinoin" },
    {
      name: "consent to storage",
      change: (d) => delete d.consent.storeAndReview,
      path: "consent.storeAndReview",
      message: "Tick to agree that the clinic stores your answers and a clinician reviews them",
    },
    { name: "signature", change: (d) => delete d.consent.signature, path: "consent.signature", message: "Enter your full name to sign" },
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
    { name: "boolean as yes-no-unsure", change: (d) => (d.answers.keloids = false), path: "answers.keloids", message: KELOIDS },
    {
      name: "string as a checkbox",
      change: (d) => (d.consent.accurate = "true"),
      path: "consent.accurate",
      message: ACCURATE,
    },
    { name: "array as answers", change: (d) => (d.answers = [] as unknown as Record<string, unknown>), path: "answers", message: "Send the answers as an object" },
  ]);

  it("refuses a body that is not an object", () => {
    expect(toFieldIssues(schema.safeParse("intake").error ?? { issues: [] })).toEqual([{ path: "", message: "Send the intake as an object" }]);
  });
});

describe("out-of-range option", () => {
  invalidCases([
    { name: "maybe", change: (d) => (d.answers.keloids = "maybe"), path: "answers.keloids", message: KELOIDS },
    { name: "upper-case Yes", change: (d) => (d.answers.bloodThinners = "Yes"), path: "answers.bloodThinners", message: "Select whether you take medicine that thins your blood" },
    { name: "skin type VII", change: (d) => (d.answers.skinType = "VII"), path: "answers.skinType", message: "Select how your skin reacts to the sun" },
    { name: "diabetes type_2", change: (d) => (d.answers.diabetes = "type_2"), path: "answers.diabetes", message: "Select whether you have diabetes" },
    {
      name: "an unknown concern",
      change: (d) => (d.answers.concerns = ["acne_scars", "tattoo_removal"]),
      path: "answers.concerns.1",
      message: "Select what you would like to improve from the options shown",
    },
    { name: "no concerns", change: (d) => (d.answers.concerns = []), path: "answers.concerns", message: CONCERNS },
    {
      name: "no areas",
      change: (d) => (d.answers.treatmentAreas = []),
      path: "answers.treatmentAreas",
      message: AREAS,
    },
  ]);
});

describe("duplicates in a multi-select", () => {
  invalidCases([
    {
      name: "a concern twice",
      change: (d) => (d.answers.concerns = ["acne_scars", "stretch_marks", "acne_scars"]),
      path: "answers.concerns.2",
      message: "Select each thing you would like to improve only once",
    },
    {
      name: "an area twice",
      change: (d) => (d.answers.treatmentAreas = ["face", "face"]),
      path: "answers.treatmentAreas.1",
      message: "Select each area you want treated only once",
    },
  ]);

  it("reports a duplicate even beside an unknown option", () => {
    expect(issuesAfter((d) => (d.answers.treatmentAreas = ["face", "elbow", "face"]))).toEqual([
      { path: "answers.treatmentAreas.1", message: "Select the areas you want treated from the options shown" },
      { path: "answers.treatmentAreas.2", message: "Select each area you want treated only once" },
    ]);
  });
});

describe("date of birth", () => {
  const setDateOfBirth = (date: string) => (d: Draft) => (d.patient.dateOfBirth = date);

  invalidCases([
    { name: "29 February in a non-leap year", change: setDateOfBirth("2023-02-29"), path: "patient.dateOfBirth", message: REAL_DATE },
    { name: "31 April", change: setDateOfBirth("2023-04-31"), path: "patient.dateOfBirth", message: REAL_DATE },
    { name: "month 13", change: setDateOfBirth("2024-13-01"), path: "patient.dateOfBirth", message: REAL_DATE },
    { name: "day 00", change: setDateOfBirth("1990-04-00"), path: "patient.dateOfBirth", message: REAL_DATE },
    { name: "no leading zeros", change: setDateOfBirth("1990-4-27"), path: "patient.dateOfBirth", message: REAL_DATE },
    { name: "day first", change: setDateOfBirth("27/04/1990"), path: "patient.dateOfBirth", message: REAL_DATE },
    { name: "with a time", change: setDateOfBirth("1990-04-27T00:00:00Z"), path: "patient.dateOfBirth", message: REAL_DATE },
    { name: "empty", change: setDateOfBirth(""), path: "patient.dateOfBirth", message: "Enter your date of birth" },
    { name: "tomorrow", change: setDateOfBirth("2026-11-16"), path: "patient.dateOfBirth", message: "Date of birth must be in the past" },
    { name: "next year", change: setDateOfBirth("2027-01-01"), path: "patient.dateOfBirth", message: "Date of birth must be in the past" },
    {
      name: "121 years ago today",
      change: setDateOfBirth("1905-11-15"),
      path: "patient.dateOfBirth",
      message: "Date of birth must be within the last 120 years",
    },
  ]);

  // The form's day, month and year are never sent as such, but the server words their problems as the browser does.
  const setDateParts = (day: string, month: string, year: string) => (d: Draft) => (d.patient.dateOfBirth = { day, month, year });
  invalidCases([
    { name: "a date input's parts without a month", change: setDateParts("27", " ", "1990"), path: "patient.dateOfBirth", message: "Date of birth must include a month" },
    { name: "a date input's parts with a 2-digit year", change: setDateParts("27", "4", "90"), path: "patient.dateOfBirth", message: "Year must include 4 numbers" },
    { name: "a date input's parts for 31 February", change: setDateParts("31", "2", "1990"), path: "patient.dateOfBirth", message: REAL_DATE },
    { name: "a date input's parts, even of a real date", change: setDateParts("27", "4", "1990"), path: "patient.dateOfBirth", message: "Enter your date of birth" },
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

    const parseDateOfBirth = (date: string, schema: { safeParse: (value: unknown) => { success: boolean } } = intakeSchema) => {
      const draft: Draft = structuredClone(intakeWith());
      draft.patient.dateOfBirth = date;
      return schema.safeParse(draft).success;
    };

    it("allows today on the clinic's calendar (UTC unless told), not tomorrow", () => {
      expect(parseDateOfBirth("2026-11-15")).toBe(true);
      expect(parseDateOfBirth("2026-11-16")).toBe(false);
    });

    it("takes today in the clinic's time zone: at 23:30 UTC it is already tomorrow in Sydney, and still today in California", () => {
      const sydney = buildIntakeSchema({ timeZone: "Australia/Sydney" });
      expect(parseDateOfBirth("2026-11-16", sydney)).toBe(true);
      expect(parseDateOfBirth("2026-11-17", sydney)).toBe(false);
      vi.setSystemTime(new Date("2026-11-16T07:30:00Z"));
      const california = buildIntakeSchema({ timeZone: "America/Los_Angeles" });
      expect(parseDateOfBirth("2026-11-15", california)).toBe(true);
      expect(parseDateOfBirth("2026-11-16", california)).toBe(false);
      expect(parseDateOfBirth("2026-11-16")).toBe(true);
    });

    it("reads the clock at each validation, not once at start-up", () => {
      expect(parseDateOfBirth("2026-11-16")).toBe(false);
      vi.setSystemTime(new Date("2026-11-16T00:30:00Z"));
      expect(parseDateOfBirth("2026-11-16")).toBe(true);
    });
  });
});

describe("too long", () => {
  const text = (length: number) => "a".repeat(length);
  invalidCases([
    { name: "first name of 101", change: (d) => (d.patient.firstName = text(101)), path: "patient.firstName", message: "First name must be 100 characters or fewer" },
    { name: "last name of 101", change: (d) => (d.patient.lastName = text(101)), path: "patient.lastName", message: "Last name must be 100 characters or fewer" },
    {
      name: "other concern of 501",
      change: (d) => {
        d.answers.concerns = ["other"];
        d.answers.concernsOther = text(501);
      },
      path: "answers.concernsOther",
      message: "What else you would like to improve must be 500 characters or fewer",
    },
    { name: "medications of 1001", change: (d) => (d.answers.medications = text(1001)), path: "answers.medications", message: "Other medicines and supplements must be 1000 characters or fewer" },
    {
      name: "other conditions of 1001",
      change: (d) => (d.answers.otherConditions = text(1001)),
      path: "answers.otherConditions",
      message: "Anything else about your health must be 1000 characters or fewer",
    },
    { name: "email of 255", change: (d) => (d.patient.email = `${text(243)}@example.com`), path: "patient.email", message: "Email address must be 254 characters or fewer" },
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
  const REQUIRED = "Enter what else you would like to improve";
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
      message: 'Only say what else you would like to improve if you select "Something else"',
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
      { path: "answers.keloids", message: KELOIDS },
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
      message: "Tick to agree that the clinic stores your answers and a clinician reviews them",
    },
    {
      name: "accuracy not confirmed",
      change: (d) => (d.consent.accurate = false),
      path: "consent.accurate",
      message: ACCURATE,
    },
    { name: "someone else's name", change: (d) => (d.consent.signature = "John Doe"), path: "consent.signature", message: SIGNATURE },
    { name: "first name only", change: (d) => (d.consent.signature = "Jane"), path: "consent.signature", message: SIGNATURE },
    { name: "names swapped", change: (d) => (d.consent.signature = "Doe Jane"), path: "consent.signature", message: SIGNATURE },
    { name: "empty signature", change: (d) => (d.consent.signature = "  "), path: "consent.signature", message: "Enter your full name to sign" },
    { name: "no contact method", change: (d) => delete d.consent.contactMethod, path: "consent.contactMethod", message: CONTACT_METHOD },
    { name: "a contact method not offered", change: (d) => (d.consent.contactMethod = "post"), path: "consent.contactMethod", message: CONTACT_METHOD },
    { name: "no contact times", change: (d) => delete d.consent.contactTimes, path: "consent.contactTimes", message: CONTACT_TIMES },
    { name: "an empty list of contact times", change: (d) => (d.consent.contactTimes = []), path: "consent.contactTimes", message: CONTACT_TIMES },
    {
      name: "a contact time not offered",
      change: (d) => (d.consent.contactTimes = ["nights"]),
      path: "consent.contactTimes.0",
      message: "Select when the clinic may contact you from the options shown",
    },
    {
      name: "a contact time twice",
      change: (d) => (d.consent.contactTimes = ["mornings", "mornings"]),
      path: "consent.contactTimes.1",
      message: "Select each time when the clinic may contact you only once",
    },
  ]);

  it("accepts every contact time together, by email", () => {
    expect(issuesAfter((d) => Object.assign(d.consent, { contactMethod: "email", contactTimes: ["evenings", "mornings", "afternoons"] }))).toEqual([]);
  });

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
    { name: "no @", change: (d) => (d.patient.email = "jane.example.com"), path: "patient.email", message: "Enter your email address in the correct format, like name@example.com" },
    { name: "no domain", change: (d) => (d.patient.email = "jane@"), path: "patient.email", message: "Enter your email address in the correct format, like name@example.com" },
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
      { path: "patient.dateOfBirth", message: REAL_DATE },
      { path: "answers.concerns.1", message: "Select each thing you would like to improve only once" },
      { path: "answers.keloids", message: KELOIDS },
      { path: "consent.accurate", message: ACCURATE },
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
      { path: "dateOfBirth", message: "Date of birth must be in the past" },
    ]);
    const { concerns, concernsOther, treatmentAreas, skinType, ...rest } = intake.answers;
    expect(steps.goals.safeParse({ concerns, concernsOther, treatmentAreas, skinType }).success).toBe(true);
    expect(toFieldIssues(stepSchemas.goals.safeParse({ concerns: ["other"], treatmentAreas, skinType }).error ?? { issues: [] })).toEqual([
      { path: "concernsOther", message: "Enter what else you would like to improve" },
    ]);
    expect(toFieldIssues(steps.skin.safeParse(rest).error ?? { issues: [] }).map((issue) => issue.path)).toContain("bloodThinners");
  });

  it("check the signature against the name given in the first step", () => {
    const consentStep = consentStepSchema({ firstName: "Jane", lastName: "Doe" });
    const contact = { contactMethod: "email", contactTimes: ["evenings"] };
    expect(consentStep.safeParse({ ...contact, storeAndReview: true, accurate: true, signature: "jane doe" }).success).toBe(true);
    expect(toFieldIssues(consentStep.safeParse({ ...contact, storeAndReview: true, accurate: false, signature: "J Doe" }).error ?? { issues: [] })).toEqual([
      { path: "accurate", message: ACCURATE },
      { path: "signature", message: SIGNATURE },
    ]);
  });

  it("takes the emailed copy as an optional tick: absent, ticked or not, and nothing else", () => {
    const consentStep = consentStepSchema({ firstName: "Jane", lastName: "Doe" });
    const signed = { contactMethod: "email", contactTimes: ["mornings"], storeAndReview: true, accurate: true, signature: "Jane Doe" };
    expect(consentStep.safeParse(signed).data).toEqual(signed);
    expect(consentStep.safeParse({ ...signed, emailCopy: true }).data).toEqual({ ...signed, emailCopy: true });
    expect(consentStep.safeParse({ ...signed, emailCopy: false }).data).toEqual({ ...signed, emailCopy: false });
    for (const emailCopy of ["true", 1, null]) {
      expect(toFieldIssues(consentStep.safeParse({ ...signed, emailCopy }).error ?? { issues: [] }).map((issue) => issue.path)).toEqual(["emailCopy"]);
    }
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
    { body: { patient: { dateOfBirth: "2023-02-29" }, answers }, path: "patient.dateOfBirth", message: REAL_DATE },
    { body: { patient: { dateOfBirth: "1990-04-27" }, answers: { ...answers, keloids: "maybe" } }, path: "answers.keloids", message: KELOIDS },
    { body: { patient: { dateOfBirth: "1990-04-27" } }, path: "answers", message: "Send the answers as an object" },
  ])("refuses $path: $message", ({ body, path, message }) => {
    expect(toFieldIssues(request.safeParse(body).error ?? { issues: [] })).toEqual([{ path, message }]);
  });

  it("has a default instance reading today's date", () => {
    expect(assessmentRequestSchema.safeParse({ patient: { dateOfBirth: "1990-04-27" }, answers }).success).toBe(true);
  });
});
