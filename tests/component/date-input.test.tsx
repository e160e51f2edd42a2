import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DateInput } from "@/components/ui/DateInput";
import { questionById, type DateParts } from "@/lib/questionnaire";
import { calendarDateIn } from "@/lib/time-zone";
import { PATIENT } from "@/tests/fixtures/intake";
import {
  answer,
  FIRST_OPTION_ANSWERS,
  continueTo,
  dateBox,
  dateBoxValues,
  errorSummary,
  fillConsent,
  fillStep,
  group,
  renderIntake,
  stepOf,
  summaryLinks,
} from "./intake-helpers";
import { reply, sentBody, stubFetch } from "./stub-fetch";

beforeEach(() => {
  // A test that sends the answers leaves its reference in the history entry, which a new intake would show.
  window.history.replaceState(null, "");
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const dateOfBirth = questionById("dateOfBirth");
const boxes = () => (["day", "month", "year"] as const).map((part) => dateBox("dateOfBirth", part));
const invalidBoxes = () => boxes().filter((box) => box.getAttribute("aria-invalid") === "true").map((box) => box.id);

/** Fills "About you" with the fixture patient born on `parts`, and presses Continue. */
async function continueBornOn(user: UserEvent, parts: DateParts): Promise<void> {
  await fillStep(user, "about", { ...PATIENT, dateOfBirth: parts });
  await user.click(screen.getByRole("button", { name: "Continue" }));
}

describe("the date of birth as day, month and year", () => {
  it("is a group named by the question, with a labelled number box for each part that browsers can fill in", () => {
    renderIntake();
    expect(group("dateOfBirth")).toHaveAccessibleDescription(dateOfBirth.hint);
    expect(dateOfBirth.hint).toMatch(/^For example, 27 3 1990/);
    for (const [box, part] of boxes().map((box, index) => [box, ["day", "month", "year"][index]] as const)) {
      expect(box).toHaveAttribute("type", "text");
      expect(box).toHaveAttribute("inputmode", "numeric");
      expect(box).toHaveAttribute("autocomplete", `bday-${part}`);
      expect(box).toHaveAttribute("id", `dateOfBirth-${part}`);
      expect(box).not.toHaveAttribute("aria-invalid");
    }
    expect(boxes().map((box) => box.getAttribute("name"))).toEqual(["dateOfBirth.day", "dateOfBirth.month", "dateOfBirth.year"]);
  });

  it("accepts 27 4 1990, without leading zeros, and sends it as 1990-04-27", async () => {
    const fetchMock = stubFetch(
      reply(201, { id: "s1", reference: "MN-7K3P-9Q", outcome: "eligible", reasons: [], policyVersion: "2026-11.1", createdAt: "2026-11-22T10:00:00.000Z" }),
    );
    const { user } = renderIntake();
    await fillStep(user, "about", { ...PATIENT, dateOfBirth: { day: " 27", month: "4 ", year: "1990" } });
    await continueTo(user, stepOf("goals").title);
    await fillStep(user, "goals", FIRST_OPTION_ANSWERS);
    await continueTo(user, stepOf("skin").title);
    await fillStep(user, "skin", FIRST_OPTION_ANSWERS);
    await continueTo(user, stepOf("health").title);
    await fillStep(user, "health", FIRST_OPTION_ANSWERS);
    await continueTo(user, stepOf("confirm").title);
    // Check your answers shows the date the patient gave.
    expect(screen.getByText(dateOfBirth.label, { selector: "dt" }).nextElementSibling).toHaveTextContent("1990-04-27");
    await fillConsent(user);
    await user.click(screen.getByRole("button", { name: "Submit my answers" }));

    expect(await screen.findByRole("heading", { level: 1, name: /Good news/ })).toBeInTheDocument();
    expect(sentBody(fetchMock)).toMatchObject({ patient: { dateOfBirth: "1990-04-27" } });
  });

  it("reads a month name, and shows the date in its boxes again after Back", async () => {
    const { user } = renderIntake();
    await fillStep(user, "about", { ...PATIENT, dateOfBirth: { day: "7", month: "Apr", year: "1990" } });
    await continueTo(user, stepOf("goals").title);
    await user.click(screen.getByRole("button", { name: "Back" }));
    await screen.findByRole("heading", { level: 1, name: stepOf("about").title });
    expect(dateBoxValues("dateOfBirth")).toEqual({ day: "7", month: "4", year: "1990" });
  });

  it("names a missing month, and marks only the month", async () => {
    const { user } = renderIntake();
    await continueBornOn(user, { day: "27", month: "", year: "1990" });
    await waitFor(() => expect(summaryLinks()).toEqual([["Date of birth must include a month", "#dateOfBirth"]]));
    expect(group("dateOfBirth")).toHaveAccessibleDescription(expect.stringContaining("Date of birth must include a month"));
    expect(invalidBoxes()).toEqual(["dateOfBirth-month"]);
  });

  it("names every missing part at once", async () => {
    const { user } = renderIntake();
    await continueBornOn(user, { day: "", month: "4", year: "" });
    await waitFor(() => expect(summaryLinks()).toEqual([["Date of birth must include a day and year", "#dateOfBirth"]]));
    expect(invalidBoxes()).toEqual(["dateOfBirth-day", "dateOfBirth-year"]);
  });

  it("asks for a 4-digit year, marking the year", async () => {
    const { user } = renderIntake();
    await continueBornOn(user, { day: "27", month: "4", year: "90" });
    await waitFor(() => expect(summaryLinks()).toEqual([["Year must include 4 numbers", "#dateOfBirth"]]));
    expect(invalidBoxes()).toEqual(["dateOfBirth-year"]);
  });

  it("says 31 2 1990 is not a real date, marking all three boxes", async () => {
    const { user } = renderIntake();
    await continueBornOn(user, { day: "31", month: "2", year: "1990" });
    await waitFor(() => expect(summaryLinks()).toEqual([["Date of birth must be a real date", "#dateOfBirth"]]));
    expect(invalidBoxes()).toEqual(["dateOfBirth-day", "dateOfBirth-month", "dateOfBirth-year"]);
  });

  it("says a date in the future must be in the past", async () => {
    const { user } = renderIntake();
    await continueBornOn(user, { day: "1", month: "1", year: String(new Date().getUTCFullYear() + 1) });
    await waitFor(() => expect(summaryLinks()).toEqual([["Date of birth must be in the past", "#dateOfBirth"]]));
    expect(invalidBoxes()).toHaveLength(3);
  });

  it("takes today on the clinic's calendar, as the server does, not the browser's", async () => {
    // Kiribati's Line Islands (UTC+14) are always a day or two ahead of UTC-12: their today
    // is a date of birth from the future there.
    const [year, month, day] = calendarDateIn(new Date(), "Pacific/Kiritimati").split("-");
    const bornToday = { day: day!, month: month!, year: year! };
    const ahead = renderIntake({}, "Pacific/Kiritimati");
    await fillStep(ahead.user, "about", { ...PATIENT, dateOfBirth: bornToday });
    await continueTo(ahead.user, stepOf("goals").title);
    cleanup();

    const behind = renderIntake({}, "Etc/GMT+12");
    await continueBornOn(behind.user, bornToday);
    await waitFor(() => expect(summaryLinks()).toEqual([["Date of birth must be in the past", "#dateOfBirth"]]));
  });

  it("moves focus from the error summary to the first box to fix", async () => {
    const { user } = renderIntake();
    await continueBornOn(user, { day: "27", month: "", year: "" });
    await waitFor(() => expect(errorSummary()).toHaveFocus());
    await user.click(within(errorSummary()).getByRole("link", { name: "Date of birth must include a month and year" }));
    expect(dateBox("dateOfBirth", "month")).toHaveFocus();

    // Fixed in part: the marks follow the next Continue, not the typing.
    await answer(user, "dateOfBirth", { day: "27", month: "4", year: "" });
    expect(invalidBoxes()).toEqual(["dateOfBirth-month", "dateOfBirth-year"]);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(summaryLinks()).toEqual([["Date of birth must include a year", "#dateOfBirth"]]));
    await user.click(within(errorSummary()).getByRole("link", { name: "Date of birth must include a year" }));
    expect(dateBox("dateOfBirth", "year")).toHaveFocus();
    expect(invalidBoxes()).toEqual(["dateOfBirth-year"]);
  });

  it("asks for the date when every box is empty, and the summary link focuses the day", async () => {
    const { user } = renderIntake();
    await continueBornOn(user, { day: " ", month: "", year: "" });
    await waitFor(() => expect(summaryLinks().map(([text]) => text)).toContain("Enter your date of birth"));
    await user.click(within(errorSummary()).getByRole("link", { name: "Enter your date of birth" }));
    expect(dateBox("dateOfBirth", "day")).toHaveFocus();
  });
});

describe("DateInput on its own, as another form uses it", () => {
  const inputs = {
    day: { name: "dob-day", defaultValue: "27" },
    month: { name: "dob-month", defaultValue: "" },
    year: { name: "dob-year", defaultValue: "1990" },
  };

  it("labels its boxes and marks only the parts it is told are wrong", () => {
    render(
      <DateInput id="dob" legend="Your date of birth" hint="For example, 27 3 1990" error="Date of birth must include a month" errorParts={["month"]} inputs={inputs} />,
    );
    const fieldset = screen.getByRole("group", { name: "Your date of birth" });
    expect(fieldset).toHaveAttribute("id", "dob");
    expect(fieldset).toHaveAccessibleDescription(/^For example, 27 3 1990 Error: ?Date of birth must include a month$/);
    const [day, month, year] = ["Day", "Month", "Year"].map((name) => within(fieldset).getByRole("textbox", { name }));
    expect(day).toHaveValue("27");
    expect(day).not.toHaveAttribute("aria-invalid");
    expect(month).toHaveAttribute("aria-invalid", "true");
    expect(year).not.toHaveAttribute("aria-invalid");
    expect(year).toHaveAttribute("name", "dob-year");
    // No autofill unless asked: not every date is a birthday.
    expect(day).not.toHaveAttribute("autocomplete");
    expect(fieldset.parentElement).toHaveClass("field--error");
  });

  it("marks all three boxes for an error about the whole date, and none without an error", () => {
    const { rerender } = render(<DateInput id="dob" legend="Date of birth" error="Date of birth must be a real date" inputs={inputs} />);
    expect(screen.getAllByRole("textbox").map((box) => box.getAttribute("aria-invalid"))).toEqual(["true", "true", "true"]);
    rerender(<DateInput id="dob" legend="Date of birth" errorParts={["day"]} inputs={inputs} />);
    expect(screen.getAllByRole("textbox").map((box) => box.getAttribute("aria-invalid"))).toEqual([null, null, null]);
    expect(screen.getByRole("group", { name: "Date of birth" })).not.toHaveAccessibleDescription();
  });
});
