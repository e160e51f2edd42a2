import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { WithdrawalForm, type WithdrawalFormAction } from "@/components/review/WithdrawalForm";
import { reply, sentBody, stubFetch } from "@/tests/component/stub-fetch";

const router = vi.hoisted(() => ({ refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

afterEach(() => {
  vi.unstubAllGlobals();
  router.refresh.mockReset();
});

function renderForm(action: WithdrawalFormAction = "withdraw") {
  const user = userEvent.setup();
  const view = render(<WithdrawalForm submissionId="sub-1" action={action} />);
  return { user, view };
}

async function errorSummary(): Promise<HTMLElement> {
  return (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
}

const CREATED = reply(201, { id: "w-1", createdAt: "2026-11-23T10:00:00.000Z" });

describe("the withdrawal form", () => {
  it("asks for a reason before sending anything, saying what to write", async () => {
    const fetchMock = stubFetch();
    const { user } = renderForm();
    await user.type(screen.getByRole("textbox", { name: "Reason for withdrawing" }), "   ");
    await user.click(screen.getByRole("button", { name: "Withdraw from the queue" }));

    const summary = await errorSummary();
    const message = 'Write a reason, for example "Duplicate of MN-7K3P-9Q" or "Test entry"';
    expect(summary).toHaveTextContent(message);
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole("link", { name: message })).toHaveAttribute("href", "#reason");
    const reason = screen.getByRole("textbox", { name: "Reason for withdrawing" });
    expect(reason).toHaveAttribute("aria-invalid", "true");
    expect(reason).toHaveAccessibleDescription(new RegExp(`At most 500 characters.*${message}`));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("withdraws with the reason trimmed, says so, and keeps saying so once the page turns it into the restore form", async () => {
    const fetchMock = stubFetch(CREATED);
    const { user, view } = renderForm();
    await user.type(screen.getByRole("textbox", { name: "Reason for withdrawing" }), "  Duplicate of MN-7K3P-9Q ");
    await user.click(screen.getByRole("button", { name: "Withdraw from the queue" }));

    const notice = await screen.findByRole("status");
    expect(notice).toHaveTextContent("Withdrawn from the queue. Staff who open it see who withdrew it and why.");
    await waitFor(() => expect(notice).toHaveFocus());
    expect(fetchMock).toHaveBeenCalledWith("/api/submissions/sub-1/withdrawal", expect.objectContaining({ method: "POST" }));
    expect(sentBody(fetchMock)).toEqual({ reason: "Duplicate of MN-7K3P-9Q" });
    expect(router.refresh).toHaveBeenCalledTimes(1);

    // What the page renders once its data is reloaded.
    view.rerender(<WithdrawalForm submissionId="sub-1" action="restore" />);
    expect(screen.getByRole("heading", { name: "Restore to the queue" })).toBeVisible();
    expect(screen.getByRole("status")).toHaveTextContent("Withdrawn from the queue.");
    expect(screen.getByRole("textbox", { name: "Reason for restoring" })).toHaveValue("");
  });

  it("restores through its own endpoint", async () => {
    const fetchMock = stubFetch(CREATED);
    const { user } = renderForm("restore");
    await user.type(screen.getByRole("textbox", { name: "Reason for restoring" }), "Not a duplicate: a different patient");
    await user.click(screen.getByRole("button", { name: "Restore" }));

    expect(await screen.findByRole("status")).toHaveTextContent("Restored to the queue, in the status it had before it was withdrawn.");
    expect(fetchMock).toHaveBeenCalledWith("/api/submissions/sub-1/restoration", expect.objectContaining({ method: "POST" }));
    expect(sentBody(fetchMock)).toEqual({ reason: "Not a duplicate: a different patient" });
  });

  it.each([
    ["withdraw", "Reason for withdrawing", "Withdraw from the queue", "It was already withdrawn, perhaps by someone else."],
    ["restore", "Reason for restoring", "Restore", "It is no longer withdrawn, perhaps restored by someone else."],
  ] as const)("explains a 409 when asked to %s, beside the reason", async (action, label, button, message) => {
    stubFetch(reply(409, { error: "conflict" }));
    const { user } = renderForm(action);
    await user.type(screen.getByRole("textbox", { name: label }), "Spam");
    await user.click(screen.getByRole("button", { name: button }));

    expect(await errorSummary()).toHaveTextContent(message);
    expect(screen.getByRole("textbox", { name: label })).toHaveAccessibleDescription(new RegExp(message.replace(".", "\\.")));
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("shows the server's issues beside the reason, and a refusal in words", async () => {
    stubFetch(reply(400, { error: "invalid_request", issues: [{ path: "reason", message: "Use 500 characters or fewer" }] }), reply(403, { error: "forbidden" }));
    const { user } = renderForm();
    await user.type(screen.getByRole("textbox", { name: "Reason for withdrawing" }), "Spam");
    await user.click(screen.getByRole("button", { name: "Withdraw from the queue" }));
    expect(await errorSummary()).toHaveTextContent("Use 500 characters or fewer");

    await user.click(screen.getByRole("button", { name: "Withdraw from the queue" }));
    await waitFor(async () => expect(await errorSummary()).toHaveTextContent("Your role does not allow this."));
  });
});
