import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PATIENT } from "@/tests/fixtures/intake";
import { fillStep, renderIntake, stepOf } from "./intake-helpers";

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
  it("load once the patient starts; until they arrive Continue says they are loading, then focus goes to the next step", async () => {
    const { user } = renderIntake();
    // The first page alone loads nothing more.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chunk.requested).toBe(false);

    await fillStep(user, "about", PATIENT);
    expect(chunk.requested).toBe(true);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Loading the next questions…");

    chunk.arrive();
    const heading = await screen.findByRole("heading", { level: 1, name: stepOf("goals").title });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByText("Loading the next questions…")).not.toBeInTheDocument();
  });
});
