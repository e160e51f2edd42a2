import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PATIENT } from "@/tests/fixtures/intake";
import { answer, fillStep, renderIntake, stepOf } from "./intake-helpers";

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
  it("load once the patient starts; until they arrive Continue says they are loading, then checks what is on screen and moves on", async () => {
    const { user } = renderIntake();
    // The first page alone loads nothing more.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chunk.requested).toBe(false);

    await fillStep(user, "about", { ...PATIENT, email: undefined });
    expect(chunk.requested).toBe(true);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByText("Loading the next questions…")).toHaveAttribute("role", "status");
    // The step checks come with the next questions: the patient is still on the first step,
    // and what they type while waiting is what is checked.
    expect(screen.getByRole("heading", { level: 1, name: stepOf("about").title })).toBeInTheDocument();
    await answer(user, "email", PATIENT.email);

    chunk.arrive();
    const heading = await screen.findByRole("heading", { level: 1, name: stepOf("goals").title });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByText("Loading the next questions…")).not.toBeInTheDocument();
  });
});
