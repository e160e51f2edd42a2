import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PATIENT } from "@/tests/fixtures/intake";
import { errorSummary, fillStep, renderIntake, stepOf, summaryLinks } from "./intake-helpers";

// The chunk with the step checks (rest-of-intake.ts) arrives only when the test says so, as on
// a slow connection; a module is loaded once per file, hence a file of its own.
const chunk = vi.hoisted(() => {
  let arrive = (): void => undefined;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrived, arrive: () => arrive() };
});

vi.mock("@/components/intake/rest-of-intake", async (importOriginal) => {
  await chunk.arrived;
  return importOriginal();
});

describe("a Continue pressed before the step checks arrive", () => {
  it("shows the problems once they have arrived, on the same step, with focus on the summary", async () => {
    const { user } = renderIntake();
    await fillStep(user, "about", { ...PATIENT, lastName: undefined });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByText("Loading the next questions…")).toBeInTheDocument();

    chunk.arrive();
    await waitFor(() => expect(errorSummary()).toHaveFocus());
    expect(summaryLinks()).toEqual([["Enter your last name", "#lastName"]]);
    expect(screen.getByRole("heading", { level: 1, name: stepOf("about").title })).toBeInTheDocument();
    expect(screen.queryByText("Loading the next questions…")).not.toBeInTheDocument();
  });
});
