import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SubmissionTable } from "@/components/submissions/SubmissionTable";
import type { SubmissionListItem } from "@/lib/submissions/types";

// Monday 23 November 2026, late morning.
const NOW = "2026-11-23T11:00:00.000Z";
const PROMISE = { now: NOW, contactDays: 2, timeZone: "UTC" };

function item(changes: Partial<SubmissionListItem>): SubmissionListItem {
  return {
    id: "sub-1",
    reference: "MN-0001-AB",
    createdAt: "2026-11-23T09:00:00.000Z",
    firstName: "Ada",
    lastName: "Lovelace",
    dateOfBirth: "1990-05-01",
    email: "ada@example.com",
    age: 36,
    outcome: "needs_review",
    reasons: ["blood_thinners", "cold_sore_history"],
    reviewStatus: "new",
    latestDecision: null,
    followUp: null,
    ...changes,
  };
}

function renderRows(items: SubmissionListItem[], tab: string | undefined = undefined) {
  render(<SubmissionTable items={items} caption="To review" queue={{ tab, promise: PROMISE }} />);
  return screen.getAllByRole("row").slice(1);
}

/** A row's cell under the column `name`. */
function cell(row: HTMLElement, name: string): HTMLElement {
  const headers = screen.getAllByRole("columnheader").map((header) => header.textContent);
  return within(row).getAllByRole("cell").at(headers.indexOf(name) - 1)!;
}

describe("a row of the clinician's queue", () => {
  it("shows the reasons in short, the age and the time waited against the promise", () => {
    const [row] = renderRows([item({})]);
    expect(within(cell(row!, "Reasons")).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Blood thinners", "Cold sores, history"]);
    expect(cell(row!, "Age")).toHaveTextContent("36");
    expect(cell(row!, "Waited")).toHaveTextContent("0 of 2 working daysDue by Wed 25 Nov");
    expect(within(row!).queryByText("Overdue")).toBeNull();
  });

  it("marks an overdue row in words: three working days after a Wednesday submission", () => {
    // Wednesday 18th: Thu, Fri, Mon are three working days; the promise ran out on Friday.
    const [row] = renderRows([item({ createdAt: "2026-11-18T16:00:00.000Z" })]);
    expect(cell(row!, "Waited")).toHaveTextContent("Overdue 3 of 2 working daysWas due by Fri 20 Nov");
  });

  it("is not overdue on the last day of the promise, across a weekend", () => {
    // Thursday 19th: Fri and Mon are its two working days.
    const [row] = renderRows([item({ createdAt: "2026-11-19T16:00:00.000Z" })]);
    expect(cell(row!, "Waited")).toHaveTextContent("2 of 2 working daysDue by Mon 23 Nov");
    expect(within(row!).queryByText("Overdue")).toBeNull();
  });

  it("shows, instead of the promise, how long ago information was asked for, and no wait once decided", () => {
    const asked = (createdAt: string) => ({ decision: "more_information_needed" as const, decidedBy: "Dr A", createdAt });
    const rows = renderRows([
      item({ id: "a", reviewStatus: "awaiting_information", createdAt: "2026-11-02T09:00:00.000Z", latestDecision: asked("2026-11-19T15:00:00.000Z") }),
      item({ id: "b", reviewStatus: "awaiting_information", createdAt: "2026-11-02T09:00:00.000Z", latestDecision: asked("2026-11-23T08:00:00.000Z") }),
      item({ id: "c", reviewStatus: "decided", createdAt: "2026-11-02T09:00:00.000Z" }),
    ]);
    expect(cell(rows[0]!, "Waited")).toHaveTextContent("Asked 2 working days ago");
    expect(cell(rows[1]!, "Waited")).toHaveTextContent("Asked today");
    expect(cell(rows[2]!, "Waited")).toHaveTextContent("Not waiting");
    for (const row of rows) expect(within(row).queryByText("Overdue")).toBeNull();
    expect(cell(rows[0]!, "Review status")).toHaveTextContent("Awaiting information");
  });

  it("marks no wait, and never Overdue, on eligible and not-suitable rows: no clinician's call was promised", () => {
    const rows = renderRows([
      item({ id: "a", outcome: "eligible", reasons: [], createdAt: "2026-11-02T09:00:00.000Z" }),
      item({ id: "b", outcome: "not_suitable", reasons: ["active_acne"], createdAt: "2026-11-02T09:00:00.000Z" }),
    ]);
    for (const row of rows) {
      expect(cell(row, "Waited")).toHaveTextContent("Not waiting");
      expect(within(row).queryByText("Overdue")).toBeNull();
    }
  });

  it("names the day information was asked for over a weekend, when no working day has passed but it was not today", () => {
    const asked = { decision: "more_information_needed" as const, decidedBy: "Dr A", createdAt: "2026-11-20T15:00:00.000Z" };
    render(
      <SubmissionTable
        items={[item({ reviewStatus: "awaiting_information", latestDecision: asked })]}
        caption="Awaiting information"
        queue={{ tab: "awaiting_information", promise: { ...PROMISE, now: "2026-11-22T10:00:00.000Z" } }}
      />,
    );
    const [row] = screen.getAllByRole("row").slice(1);
    expect(cell(row!, "Waited")).toHaveTextContent("Asked Fri 20 Nov");
  });

  it("says when no rule fired, and keeps the tab in the link to the submission", () => {
    const [row] = renderRows([item({ reasons: [], outcome: "eligible" })], "awaiting_information");
    expect(cell(row!, "Reasons")).toHaveTextContent("None");
    expect(within(row!).getByRole("link", { name: "MN-0001-AB" })).toHaveAttribute("href", "/staff/submissions/sub-1?tab=awaiting_information");
  });

  it("labels every cell, so the stacked rows of a narrow screen still say what each value is", () => {
    const [row] = renderRows([item({})]);
    const labels = within(row!).getAllByRole("cell").map((td) => td.dataset.label);
    expect(labels).toEqual(["Submitted", "Name", "Age", "Outcome", "Reasons", "Waited", "Review status", "Latest decision"]);
  });

  it("leaves the queue's columns out of the front desk's list", () => {
    render(<SubmissionTable items={[item({})]} caption="Today" />);
    expect(screen.queryByRole("columnheader", { name: "Reasons" })).toBeNull();
    expect(screen.queryByRole("columnheader", { name: "Waited" })).toBeNull();
    expect(screen.getByRole("link", { name: "MN-0001-AB" })).toHaveAttribute("href", "/staff/submissions/sub-1");
  });

  it("shows where an eligible or approved patient stands on the \"To contact\" list beside the review status", () => {
    render(
      <SubmissionTable
        items={[item({ id: "a", outcome: "eligible", reasons: [], followUp: "to_contact" }), item({ id: "b", outcome: "eligible", reasons: [], followUp: "booked" }), item({ id: "c" })]}
        caption="Today"
      />,
    );
    const rows = screen.getAllByRole("row").slice(1);
    expect(cell(rows[0]!, "Review status")).toHaveTextContent("NewFollow-up: To contact");
    expect(cell(rows[1]!, "Review status")).toHaveTextContent("NewFollow-up: Booked");
    expect(cell(rows[2]!, "Review status")).toHaveTextContent(/^New$/);
  });
});
