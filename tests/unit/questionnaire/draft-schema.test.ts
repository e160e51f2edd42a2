import { describe, expect, it } from "vitest";
import { buildSaveDraftRequestSchema, resumeDraftRequestSchema } from "@/lib/drafts/schemas";
import { validate } from "@/lib/issues";
import { answersSchema, buildPatientSchema } from "@/lib/questionnaire";
import { buildDraftSchema, DRAFT_DATE_OF_BIRTH_NEEDED } from "@/lib/questionnaire/draft-schema";
import { PATIENT, SAFE_ANSWERS } from "@/tests/fixtures/intake";

const options = { today: "2026-11-15" };
const draftSchema = buildDraftSchema(options);
const saveSchema = buildSaveDraftRequestSchema(options);
const issuesOf = (schema: Parameters<typeof validate>[0], value: unknown) => {
  const result = validate(schema, value);
  return result.ok ? [] : result.issues;
};

describe("the draft schema", () => {
  it("takes a whole intake's patient and answers, and any part of them with a date of birth", () => {
    expect(validate(draftSchema, { patient: PATIENT, answers: SAFE_ANSWERS })).toEqual({ ok: true, data: { patient: PATIENT, answers: SAFE_ANSWERS } });
    const partial = { patient: { dateOfBirth: PATIENT.dateOfBirth, firstName: "Jane" }, answers: { concerns: ["acne_scars"], keloids: "no" } };
    expect(validate(draftSchema, partial)).toEqual({ ok: true, data: partial });
    expect(validate(draftSchema, { patient: { dateOfBirth: PATIENT.dateOfBirth } })).toEqual({ ok: true, data: { patient: { dateOfBirth: PATIENT.dateOfBirth }, answers: {} } });
  });

  it("lets a conditional question wait: 'other' chosen without saying what", () => {
    const draft = { patient: { dateOfBirth: PATIENT.dateOfBirth }, answers: { concerns: ["acne_scars", "other"] } };
    expect(validate(draftSchema, draft).ok).toBe(true);
  });

  it("requires the date of birth, saying why, however the patient object is missing it", () => {
    for (const patient of [{ firstName: "Jane" }, {}, undefined, { dateOfBirth: "" }, { dateOfBirth: null }]) {
      expect(issuesOf(draftSchema, { patient, answers: {} })).toEqual([{ path: "patient.dateOfBirth", message: DRAFT_DATE_OF_BIRTH_NEEDED }]);
    }
  });

  it("checks every field present with the intake's own field schema and message", () => {
    const draft = {
      patient: { ...PATIENT, email: "not-an-email", dateOfBirth: "2023-02-29" },
      answers: { keloids: "maybe", concerns: ["acne_scars", "acne_scars"], medications: "x".repeat(2000) },
    };
    const intakeIssues = [
      ...issuesOf(buildPatientSchema(options), draft.patient).map((issue) => ({ ...issue, path: `patient.${issue.path}` })),
      ...issuesOf(answersSchema, { ...SAFE_ANSWERS, ...draft.answers }).map((issue) => ({ ...issue, path: `answers.${issue.path}` })),
    ];
    const issues = issuesOf(draftSchema, draft);
    expect(issues.map((issue) => issue.path).sort()).toEqual(["answers.concerns.1", "answers.keloids", "answers.medications", "patient.dateOfBirth", "patient.email"]);
    expect(issues).toEqual(expect.arrayContaining(intakeIssues));
  });

  it("refuses a date of birth in the future or more than 120 years ago, as the intake does", () => {
    expect(issuesOf(draftSchema, { patient: { dateOfBirth: "2027-01-01" }, answers: {} }).map((issue) => issue.path)).toEqual(["patient.dateOfBirth"]);
    expect(issuesOf(draftSchema, { patient: { dateOfBirth: "1900-01-01" }, answers: {} }).map((issue) => issue.path)).toEqual(["patient.dateOfBirth"]);
  });

  it("refuses unknown keys at every level, and the consent", () => {
    const issues = issuesOf(saveSchema, {
      patient: { dateOfBirth: PATIENT.dateOfBirth, nickname: "J" },
      answers: { favouriteColour: "blue" },
      consent: { storeAndReview: true },
    });
    expect(issues.map((issue) => issue.path).sort()).toEqual(["answers.favouriteColour", "consent", "patient.nickname"]);
  });
});

describe("the save and resume requests", () => {
  it("read a resume code in its canonical form, and a code that cannot be one as null (it matches no draft)", () => {
    const body = { patient: { dateOfBirth: PATIENT.dateOfBirth }, answers: {} };
    expect(validate(saveSchema, { ...body, resumeCode: "7k3p 9qxa m2d5 ht8c" })).toMatchObject({ ok: true, data: { resumeCode: "7K3P9QXAM2D5HT8C" } });
    expect(validate(saveSchema, { ...body, resumeCode: "nonsense" })).toMatchObject({ ok: true, data: { resumeCode: null } });
    expect(validate(saveSchema, body)).toEqual({ ok: true, data: body });
    expect(validate(resumeDraftRequestSchema, { resumeCode: "7K3P-9QXA-M2D5-HT8C", dateOfBirth: "1991-06-15" })).toEqual({
      ok: true,
      data: { resumeCode: "7K3P9QXAM2D5HT8C", dateOfBirth: "1991-06-15" },
    });
  });

  it("refuse a resume request without a code or a real date, or with anything else", () => {
    expect(issuesOf(resumeDraftRequestSchema, { dateOfBirth: "1991-06-15" }).map((issue) => issue.path)).toEqual(["resumeCode"]);
    expect(issuesOf(resumeDraftRequestSchema, { resumeCode: 7, dateOfBirth: "1991-06-15" }).map((issue) => issue.path)).toEqual(["resumeCode"]);
    expect(issuesOf(resumeDraftRequestSchema, { resumeCode: "x".repeat(65), dateOfBirth: "1991-06-15" }).map((issue) => issue.path)).toEqual(["resumeCode"]);
    expect(issuesOf(resumeDraftRequestSchema, { resumeCode: "7K3P-9QXA-M2D5-HT8C", dateOfBirth: "15/06/1991" }).map((issue) => issue.path)).toEqual(["dateOfBirth"]);
    expect(issuesOf(resumeDraftRequestSchema, { resumeCode: "7K3P-9QXA-M2D5-HT8C", dateOfBirth: "1991-06-15", patient: {} }).map((issue) => issue.path)).toEqual(["patient"]);
  });
});
