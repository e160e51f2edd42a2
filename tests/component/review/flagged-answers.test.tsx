import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AnswersByStep } from "@/components/review/AnswersByStep";
import { ReasonList } from "@/components/review/ReasonList";
import { questionById, type Answers } from "@/lib/questionnaire";
import { assess } from "@/lib/screening";
import { linkReasons } from "@/lib/submissions/reason-links";
import { intakeWith } from "@/tests/fixtures/intake";

const ASSESSED_ON = "2026-11-22";

function renderSubmission(changes: Partial<Answers>) {
  const intake = intakeWith({ answers: changes });
  const { reasons } = assess(intake, ASSESSED_ON);
  const links = linkReasons({ ...intake, reasons });
  render(
    <>
      <ReasonList reasons={reasons} links={links} />
      <AnswersByStep answers={intake.answers} links={links} />
    </>,
  );
  return { reasons, links };
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
    const { links } = renderSubmission({ activeAcne: "unsure", keloids: "unsure" });

    expect(links.answersOf("unsure_answer")).toEqual(["activeAcne", "keloids"]);
    for (const id of ["activeAcne", "keloids"] as const) {
      expect(links.reasonsOf(id)).toEqual([{ rule: "unsure_answer", number: 1 }]);
      expect(within(row(id)).getByRole("link", { name: "See reason 1" })).toHaveAttribute("href", "#reason-unsure_answer");
    }
    const reason = document.getElementById("reason-unsure_answer")!;
    expect(within(reason).getByRole("link", { name: questionById("activeAcne").shortLabel })).toHaveAttribute("href", "#answer-activeAcne");
    expect(within(reason).getByRole("link", { name: questionById("keloids").shortLabel })).toHaveAttribute("href", "#answer-keloids");
  });

  it("flags the ticked option behind a multi-select rule, not the question's other options", () => {
    const { links } = renderSubmission({ concerns: ["acne_scars", "hair_loss"] });

    expect(links.reasonsOf("concerns")).toEqual([{ rule: "concern_medical", number: 1 }]);
    expect(links.answersOf("concern_medical")).toEqual(["concerns"]);
    expect(screen.getAllByText("Flagged")).toHaveLength(1);
    expect(within(row("concerns")).getByText("Flagged")).toBeInTheDocument();
  });

  it("lists both reasons of an answer behind two", () => {
    renderSubmission({ concerns: ["hair_loss", "other"], concernsOther: "Redness" });

    const concerns = row("concerns");
    expect(within(concerns).getByRole("link", { name: "See reason 1" })).toHaveAttribute("href", "#reason-concern_medical");
    expect(within(concerns).getByRole("link", { name: "See reason 2" })).toHaveAttribute("href", "#reason-concern_other");
  });

  it("flags nothing when no rule fired", () => {
    const { reasons, links } = renderSubmission({});

    expect(reasons).toEqual([]);
    expect(links.reasonsOf("keloids")).toEqual([]);
    expect(screen.queryByText("Flagged")).toBeNull();
    expect(screen.getByText("No rule fired: every answer was within the screening policy.")).toBeInTheDocument();
  });
});
