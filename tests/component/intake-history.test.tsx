import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LEAVE_WARNING } from "@/components/intake/use-step-history";
import { questionById } from "@/lib/questionnaire";
import { PATIENT } from "@/tests/fixtures/intake";
import { answer, continueTo, fillStep, group, renderIntake, stepOf, textbox } from "./intake-helpers";

const heading = (title: string) => screen.findByRole("heading", { level: 1, name: title });
const goalsTitle = stepOf("goals").title;

/** The checkbox of one of the goals, by its label. */
function concern(value: string): HTMLElement {
  const label = questionById("concerns").options.find((option) => option.value === value)?.label ?? value;
  return within(group("concerns")).getByRole("checkbox", { name: label });
}

beforeEach(() => {
  // The page the patient came from, an entry that is not the intake's, then the intake's own.
  window.history.pushState({ page: "home" }, "");
  window.history.pushState(null, "");
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the browser's Back and Forward", () => {
  it("move between steps, and every answer is still there", async () => {
    const { user } = renderIntake();
    await fillStep(user, "about", PATIENT);
    await continueTo(user, goalsTitle);
    await answer(user, "concerns", ["stretch_marks"]);

    window.history.back();
    await heading("About you");
    expect(textbox("firstName")).toHaveValue(PATIENT.firstName);

    window.history.forward();
    await heading(goalsTitle);
    // The goals were never validated by Continue, and are kept all the same.
    expect(concern("stretch_marks")).toBeChecked();
  });

  it("are what the form's own Back button uses, so Forward undoes it", async () => {
    const { user } = renderIntake();
    await fillStep(user, "about", PATIENT);
    await continueTo(user, goalsTitle);
    await answer(user, "concerns", ["fine_lines_wrinkles"]);
    await user.click(screen.getByRole("button", { name: "Back" }));
    await heading("About you");

    window.history.forward();
    await heading(goalsTitle);
    expect(concern("fine_lines_wrinkles")).toBeChecked();
  });
});

describe("leaving with answers that are not saved", () => {
  it("asks before going back past the first step, and stays when the patient says no", async () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal("confirm", confirm);
    const { user } = renderIntake();
    await answer(user, "firstName", "Sam");

    window.history.back();
    await waitFor(() => expect(confirm).toHaveBeenCalledWith(LEAVE_WARNING));
    // Forward again, to the intake's own entry.
    await waitFor(() => expect(window.history.state).toMatchObject({ intake: { step: "about" } }));
    expect(textbox("firstName")).toHaveValue("Sam");
  });

  it("asks before a link replaces the page, and the link goes nowhere when the patient says no", async () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal("confirm", confirm);
    const { user } = renderIntake();
    const home = document.body.appendChild(Object.assign(document.createElement("a"), { href: "https://clinic.example/", textContent: "Clinic" }));
    // Stands for Next.js's link handler, which React calls from its root inside the body.
    const followed = vi.fn();
    home.addEventListener("click", followed);
    await answer(user, "firstName", "Sam");

    await user.click(home);
    expect(confirm).toHaveBeenCalledWith(LEAVE_WARNING);
    expect(followed).not.toHaveBeenCalled();
    home.remove();
  });

  it("does not ask when nothing has been answered", async () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal("confirm", confirm);
    const { user } = renderIntake();
    const home = document.body.appendChild(Object.assign(document.createElement("a"), { href: "#elsewhere", textContent: "Clinic" }));
    await user.click(home);
    expect(confirm).not.toHaveBeenCalled();
    home.remove();
  });
});

describe("links within the page", () => {
  it("never ask, such as the error summary's links to the fields", async () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal("confirm", confirm);
    const { user } = renderIntake();
    await answer(user, "firstName", "Sam");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await user.click(within(screen.getByRole("heading", { name: "There is a problem" }).parentElement!).getAllByRole("link")[0]!);
    expect(confirm).not.toHaveBeenCalled();
  });
});
