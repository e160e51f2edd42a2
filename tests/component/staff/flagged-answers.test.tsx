import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AnswersByStep } from "@/components/staff/AnswersByStep";
import { ReasonList } from "@/components/staff/ReasonList";
import { questionById, type Answers } from "@/lib/questionnaire";
import { assess, flaggedQuestions } from "@/lib/screening";
import { baselineIntake } from "../../fixtures/intake";

const ASSESSED_ON = "2026-11-22";

function renderSubmission(changes: Partial<Answers>) {
  const intake = baselineIntake(changes);
  const { reasons } = assess(intake, ASSESSED_ON);
  const answersBehind = flaggedQuestions(intake, reasons);
  const reasonNumbers = new Map(reasons.map((reason, index) => [reason.rule, index + 1]));
  render(
    <>
      <ReasonList reasons={reasons} answersBehind={answersBehind} />
      <AnswersByStep answers={intake.answers} answersBehind={answersBehind} reasonNumbers={reasonNumbers} />
    </>,
  );
  return { reasons, answersBehind };
}

/** The row of one answer, found by the question's short label. */
function row(id: Parameters<typeof questionById>[0]): HTMLElement {
  return screen.getByText(questionById(id).shortLabel, { selector: "dt" }).parentElement!;
}

describe("answers behind the reasons", () => {
  it("flags each answer that fired a rule and links it to the reason", () => {
    renderSubmission({ bloodThinners: "yes", skinType: "V" });

    const flagged = row("bloodThinners");
    expect(within(flagged).getByText("Flagged")).toBeInTheDocument();
    expect(within(flagged).getByRole("link", { name: "See reason 1" })).toHaveAttribute("href", "#reason-blood_thinners");
    expect(within(row("skinType")).getByRole("link", { name: "See reason 2" })).toHaveAttribute("href", "#reason-pigmentation_risk");
    expect(within(row("keloids")).queryByText("Flagged")).toBeNull();
    expect(document.getElementById("reason-blood_thinners")).toHaveTextContent("On anticoagulant");
  });

  it("flags every 'not sure' answer of a reason that several answers fired together", () => {
    const { answersBehind } = renderSubmission({ activeAcne: "unsure", keloids: "unsure" });

    expect([...answersBehind]).toEqual([
      ["activeAcne", ["unsure_answer"]],
      ["keloids", ["unsure_answer"]],
    ]);
    const reason = document.getElementById("reason-unsure_answer")!;
    expect(within(reason).getByRole("link", { name: questionById("keloids").shortLabel })).toHaveAttribute("href", "#answer-keloids");
  });

  it("flags the ticked option behind a multi-select rule, not the question's other options", () => {
    const { answersBehind } = renderSubmission({ concerns: ["acne_scars", "hair_loss"] });

    expect(answersBehind.get("concerns")).toEqual(["concern_medical"]);
    expect(answersBehind.size).toBe(1);
  });

  it("flags nothing when no rule fired", () => {
    const { reasons, answersBehind } = renderSubmission({});

    expect(reasons).toEqual([]);
    expect(answersBehind.size).toBe(0);
    expect(screen.queryByText("Flagged")).toBeNull();
  });
});
