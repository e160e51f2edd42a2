import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PATIENT } from "@/tests/fixtures/intake";
import { answer, errorSummary, fillStep, renderIntake, stepOf, summaryLinks } from "./intake-helpers";

// Everything after the first step comes in a chunk of its own (rest-of-intake.ts); here it
// arrives only when the test says so, as on a slow connection.
const chunk = vi.hoisted(() => {
  let arrive = (): void => undefined;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { requested: false, arrived, arrive: () => arrive() };
});

vi.mock("@/components/intake/rest-of-intake", async (importOriginal) => {
  chunk.requested = true;
  await chunk.arrived;
  return importOriginal();
});

describe("the steps after the first", () => {
  it("load once the patient starts; until they arrive Continue says they are loading, then checks what is on screen", async () => {
    const { user } = renderIntake();
    // The first page alone loads nothing more.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chunk.requested).toBe(false);

    await fillStep(user, "about", { ...PATIENT, lastName: undefined, email: undefined });
    expect(chunk.requested).toBe(true);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByText("Loading the next questions…")).toHaveAttribute("role", "status");
    // The step checks come with the next questions: the patient is still on the first step,
    // and what they type while waiting is what is checked.
    expect(screen.getByRole("heading", { level: 1, name: stepOf("about").title })).toBeInTheDocument();
    await answer(user, "email", PATIENT.email);

    chunk.arrive();
    // The answer still missing is shown on the same step, with focus on the summary.
    await waitFor(() => expect(errorSummary()).toHaveFocus());
    expect(summaryLinks()).toEqual([["Enter your last name", "#lastName"]]);
    expect(screen.queryByText("Loading the next questions…")).not.toBeInTheDocument();

    await answer(user, "lastName", PATIENT.lastName);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    const heading = await screen.findByRole("heading", { level: 1, name: stepOf("goals").title });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
