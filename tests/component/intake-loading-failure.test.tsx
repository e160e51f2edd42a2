import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PATIENT } from "@/tests/fixtures/intake";
import { fillStep, renderIntake } from "./intake-helpers";

// The chunk with everything after the first step (rest-of-intake.ts) cannot be fetched: the
// phone went offline after the first page loaded.
vi.mock("@/components/intake/rest-of-intake", () => {
  throw new TypeError("Failed to fetch dynamically imported module");
});

describe("when the steps after the first cannot load", () => {
  it("Continue says so, and what to do, instead of leaving an empty page", async () => {
    const { user } = renderIntake();
    // Without the checks, the answers go on unchecked (the server checks whatever it is sent)
    // to a next step that says what happened, not to messages about them.
    await fillStep(user, "about", { ...PATIENT, lastName: undefined });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "We couldn't load the next questions. Check your connection, then reload this page to start again.",
    );
  });
});
