import { describe, expect, it } from "vitest";
import { draftBody } from "@/components/intake/drafts";
import { steps } from "@/lib/questionnaire/lookup";
import { PATIENT } from "@/tests/fixtures/intake";

describe("the answers a draft saves", () => {
  it("keeps every valid answer of the patient's details and the questions, and never consent", () => {
    const body = draftBody(
      { patient: PATIENT, answers: { concerns: ["acne_scars"], keloids: "no" }, consent: { signature: "Sam Patient" } },
      steps,
    );
    expect(body).toEqual({ patient: PATIENT, answers: { concerns: ["acne_scars"], keloids: "no" } });
  });

  it("leaves out answers that are not valid yet, so the rest can still be saved", () => {
    const body = draftBody(
      { patient: { ...PATIENT, email: "sam@" }, answers: { concerns: [], keloids: "perhaps", medications: "" }, consent: {} },
      steps,
    );
    expect(body).toEqual({ patient: { ...PATIENT, email: undefined }, answers: { medications: "" } });
  });

  it("leaves out the answer to a follow-up question that is not shown", () => {
    const body = draftBody({ patient: {}, answers: { concerns: ["acne_scars"], concernsOther: "Freckles" }, consent: {} }, steps);
    expect(body.answers).toEqual({ concerns: ["acne_scars"] });
  });
});
