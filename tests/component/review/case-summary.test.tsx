import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CaseSummary } from "@/components/review/CaseSummary";
import type { Answers } from "@/lib/questionnaire";
import { assess } from "@/lib/screening";
import { intakeWith, SCREENING_DATE } from "@/tests/fixtures/intake";

const APIXABAN = "Apixaban 5 mg twice daily after a DVT";

function renderSummary(answers: Partial<Answers>) {
  const intake = intakeWith({ answers });
  const { outcome, reasons } = assess(intake, SCREENING_DATE);
  render(<CaseSummary submission={{ outcome, reasons, answers: intake.answers, decisions: [] }} />);
  return screen.getByRole("region", { name: "Summary" });
}

/** The value next to a term of the summary. */
function valueOf(summary: HTMLElement, term: string): HTMLElement {
  return within(summary).getByText(term, { selector: "dt" }).nextElementSibling as HTMLElement;
}

describe("the summary at the top of a submission", () => {
  it("puts free-text medicines and health notes in front of the clinician, though no rule fired on them", () => {
    const summary = renderSummary({ medications: APIXABAN, otherConditions: "Asthma,\nwell controlled" });
    expect(valueOf(summary, "Outcome")).toHaveTextContent("Eligible");
    expect(valueOf(summary, "Reasons")).toHaveTextContent("None: every answer was within the screening policy");
    expect(valueOf(summary, "Other medicines")).toHaveTextContent(APIXABAN);
    expect(valueOf(summary, "Other health notes")).toHaveTextContent("Asthma, well controlled");
    expect(valueOf(summary, "Current decision")).toHaveTextContent("None yet");
  });

  it("says when a free-text answer was left empty", () => {
    const summary = renderSummary({ medications: "" });
    expect(valueOf(summary, "Other medicines")).toHaveTextContent("None given");
  });

  it("lists the reasons in short, each linking to its full note", () => {
    const summary = renderSummary({ bloodThinners: "yes", keloids: "yes" });
    expect(valueOf(summary, "Outcome")).toHaveTextContent("Not suitable");
    const reasons = valueOf(summary, "Reasons");
    expect(within(reasons).getByRole("link", { name: "Keloids" })).toHaveAttribute("href", "#reason-keloids");
    expect(within(reasons).getByRole("link", { name: "Blood thinners" })).toHaveAttribute("href", "#reason-blood_thinners");
    expect(reasons).toHaveTextContent("Keloids (Excludes)");
  });
});
