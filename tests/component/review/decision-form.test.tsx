import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DecisionForm, type NextInQueue } from "@/components/review/DecisionForm";
import { reply, sentBody, stubFetch } from "@/tests/component/stub-fetch";

const router = vi.hoisted(() => ({ refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

afterEach(() => {
  vi.unstubAllGlobals();
  router.refresh.mockReset();
});

const NEXT: NextInQueue = {
  tabLabel: "To review",
  queueHref: "/staff",
  next: { href: "/staff/submissions/sub-2", reference: "MN-0002-AB" },
};

function renderForm(nextInQueue: NextInQueue = NEXT) {
  const user = userEvent.setup();
  render(<DecisionForm submissionId="sub-1" nextInQueue={nextInQueue} />);
  return user;
}

async function errorSummary(): Promise<HTMLElement> {
  return (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
}

describe("the decision form", () => {
  it("asks for a decision before sending anything", async () => {
    const fetchMock = stubFetch();
    const user = renderForm();
    await user.click(screen.getByRole("button", { name: "Record decision" }));

    const summary = await errorSummary();
    expect(summary).toHaveTextContent("Choose a decision");
    await waitFor(() => expect(summary).toHaveFocus());
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("requires a note unless the clinician approves", async () => {
    const fetchMock = stubFetch();
    const user = renderForm();
    await user.click(screen.getByRole("radio", { name: "Not suitable" }));
    await user.click(screen.getByRole("button", { name: "Record decision" }));

    const message = "Write a note saying why: it is required unless you approve";
    expect(await errorSummary()).toHaveTextContent(message);
    const note = screen.getByRole("textbox", { name: "Note" });
    expect(note).toHaveAttribute("aria-invalid", "true");
    expect(note).toHaveAccessibleDescription(new RegExp(message));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("records an approval without a note, then reloads the page's data and says so", async () => {
    const fetchMock = stubFetch(reply(201, { id: "d-1", createdAt: "2026-11-22T10:00:00.000Z" }));
    const user = renderForm();
    await user.click(screen.getByRole("radio", { name: "Approved for consultation" }));
    await user.click(screen.getByRole("button", { name: "Record decision" }));

    const notice = await screen.findByRole("status");
    expect(notice).toHaveTextContent("Decision recorded: Approved for consultation.");
    await waitFor(() => expect(notice).toHaveFocus());
    expect(fetchMock).toHaveBeenCalledWith("/api/submissions/sub-1/decision", expect.objectContaining({ method: "POST" }));
    expect(sentBody(fetchMock)).toEqual({ decision: "approved_for_consultation" });
    expect(router.refresh).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("radio", { name: "Approved for consultation" })).not.toBeChecked();
  });

  it("sends the note with the decision", async () => {
    const fetchMock = stubFetch(reply(201, { id: "d-1", createdAt: "2026-11-22T10:00:00.000Z" }));
    const user = renderForm();
    await user.click(screen.getByRole("radio", { name: "More information needed" }));
    await user.type(screen.getByRole("textbox", { name: "Note" }), "Ask which blood thinner");
    await user.click(screen.getByRole("button", { name: "Record decision" }));

    await screen.findByRole("status");
    expect(sentBody(fetchMock)).toEqual({ decision: "more_information_needed", note: "Ask which blood thinner" });
  });

  it("shows the server's issues in the summary and next to their field", async () => {
    stubFetch(reply(400, { error: "invalid_request", issues: [{ path: "note", message: "Use 2000 characters or fewer" }] }));
    const user = renderForm();
    await user.click(screen.getByRole("radio", { name: "Not suitable" }));
    await user.type(screen.getByRole("textbox", { name: "Note" }), "Keloids");
    await user.click(screen.getByRole("button", { name: "Record decision" }));

    const summary = await errorSummary();
    expect(within(summary).getByRole("link", { name: "Use 2000 characters or fewer" })).toHaveAttribute("href", "#note");
    expect(screen.getByRole("textbox", { name: "Note" })).toHaveAccessibleDescription(/Use 2000 characters or fewer/);
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("offers the next case of the tab once a decision is recorded, and not before", async () => {
    stubFetch(reply(201, { id: "d-1", createdAt: "2026-11-22T10:00:00.000Z" }));
    const user = renderForm({ ...NEXT, tabLabel: "Awaiting information", next: { href: "/staff/submissions/sub-2?tab=awaiting_information", reference: "MN-0002-AB" } });
    expect(screen.queryByRole("link", { name: "Next in queue" })).toBeNull();
    await user.click(screen.getByRole("radio", { name: "Approved for consultation" }));
    await user.click(screen.getByRole("button", { name: "Record decision" }));

    const notice = await screen.findByRole("status");
    expect(within(notice).getByRole("link", { name: "Next in queue" })).toHaveAttribute("href", "/staff/submissions/sub-2?tab=awaiting_information");
    expect(notice).toHaveTextContent("(MN-0002-AB in Awaiting information)");
  });

  it("says when the tab holds no other case, and links back to the queue", async () => {
    stubFetch(reply(201, { id: "d-1", createdAt: "2026-11-22T10:00:00.000Z" }));
    const user = renderForm({ tabLabel: "To review", queueHref: "/staff", next: null });
    await user.click(screen.getByRole("radio", { name: "Approved for consultation" }));
    await user.click(screen.getByRole("button", { name: "Record decision" }));

    const notice = await screen.findByRole("status");
    expect(notice).toHaveTextContent("Nothing else is in To review.");
    expect(within(notice).queryByRole("link", { name: "Next in queue" })).toBeNull();
    expect(within(notice).getByRole("link", { name: "Back to the queue" })).toHaveAttribute("href", "/staff");
  });

  it("explains a 409: the submission changed meanwhile, and nothing was recorded", async () => {
    stubFetch(reply(409, { error: "conflict" }));
    const user = renderForm();
    await user.click(screen.getByRole("radio", { name: "Approved for consultation" }));
    await user.click(screen.getByRole("button", { name: "Record decision" }));

    expect(await errorSummary()).toHaveTextContent("Nothing was recorded: the submission changed while this page was open (withdrawn from the queue, or the patient's booking was recorded). Reload the page to see it as it is now.");
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("explains a session that ended", async () => {
    stubFetch(reply(401, { error: "unauthenticated" }));
    const user = renderForm();
    await user.click(screen.getByRole("radio", { name: "Approved for consultation" }));
    await user.click(screen.getByRole("button", { name: "Record decision" }));

    expect(await errorSummary()).toHaveTextContent("Your session has ended. Sign in again, then try once more.");
  });
});
