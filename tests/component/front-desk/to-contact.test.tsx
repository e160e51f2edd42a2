import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ToContactList } from "@/components/front-desk/ToContactList";
import type { ToContactItem } from "@/lib/follow-up/types";
import { reply, sentBody, stubFetch } from "@/tests/component/stub-fetch";

const router = vi.hoisted(() => ({ refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

afterEach(() => {
  vi.unstubAllGlobals();
  router.refresh.mockReset();
});

const FAY: ToContactItem = {
  submissionId: "sub-1",
  reference: "MN-7K3P-9Q",
  createdAt: "2026-11-20T09:30:00.000Z",
  firstName: "Fay",
  lastName: "Eligible",
  contactBy: "phone",
  contactDetail: "+44 20 7946 0958",
  contactTimes: ["mornings", "evenings"],
  attemptCount: 1,
  attempts: [{ id: "a-1", result: "no_answer", note: "Rang at 10", by: "Demo Front Desk", createdAt: "2026-11-21T10:00:00.000Z" }],
};
const GUS: ToContactItem = { ...FAY, submissionId: "sub-2", reference: "MN-AAAA-BB", firstName: "Gus", lastName: "Byemail", contactBy: "email", contactDetail: "gus@example.com", contactTimes: ["afternoons"], attemptCount: 0, attempts: [] };

const CREATED = reply(201, { id: "a-2", createdAt: "2026-11-23T10:00:00.000Z" });

function renderList(items: readonly ToContactItem[] = [FAY, GUS]) {
  const user = userEvent.setup();
  render(<ToContactList items={items} />);
  return { user };
}

const patient = (name: string) => screen.getByRole("heading", { level: 2, name }).closest("li")!;

describe("the To contact list", () => {
  it("shows each patient with how and when to contact them, and the attempts so far", () => {
    renderList();
    const fay = patient("Fay Eligible");
    expect(within(fay).getByRole("link", { name: "+44 20 7946 0958" })).toHaveAttribute("href", "tel:+442079460958");
    expect(fay).toHaveTextContent("Contact by phone");
    expect(fay).toHaveTextContent("Mornings, Evenings");
    expect(within(fay).getByRole("listitem")).toHaveTextContent("No answer, 21 Nov 2026, 10:00 UTC, by Demo Front Desk: Rang at 10");

    const gus = patient("Gus Byemail");
    expect(within(gus).getByRole("link", { name: "gus@example.com" })).toHaveAttribute("href", "mailto:gus@example.com");
    expect(gus).toHaveTextContent("Afternoons");
    expect(gus).toHaveTextContent("None yet");
  });

  it("says the list is clear when nobody is on it", () => {
    renderList([]);
    expect(screen.getByText("The list is clear: there is nobody to contact.")).toBeVisible();
    expect(screen.queryByRole("button", { name: /Record an attempt/ })).toBeNull();
  });
});

describe("recording an attempt", () => {
  it("opens the form for one patient at a time, with focus on its heading", async () => {
    const { user } = renderList();
    await user.click(screen.getByRole("button", { name: "Record an attempt for Fay Eligible" }));
    const heading = screen.getByRole("heading", { name: "Record an attempt to contact Fay Eligible" });
    await waitFor(() => expect(heading).toHaveFocus());
    await user.click(screen.getByRole("button", { name: "Record an attempt for Gus Byemail" }));
    expect(screen.getAllByRole("group", { name: "What happened?" })).toHaveLength(1);
    expect(screen.getByRole("heading", { name: "Record an attempt to contact Gus Byemail" })).toBeVisible();
  });

  it("asks what happened before sending anything", async () => {
    const fetchMock = stubFetch();
    const { user } = renderList();
    await user.click(screen.getByRole("button", { name: "Record an attempt for Fay Eligible" }));
    await user.click(screen.getByRole("button", { name: "Record the attempt" }));
    const summary = (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
    expect(within(summary).getByRole("link", { name: "Choose what came of the attempt" })).toHaveAttribute("href", "#result");
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByRole("group", { name: "What happened?" })).toHaveAccessibleDescription(/Choose what came of the attempt/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("sends the result and the trimmed note, announces it and reloads the list", async () => {
    const fetchMock = stubFetch(CREATED);
    const { user } = renderList();
    await user.click(screen.getByRole("button", { name: "Record an attempt for Fay Eligible" }));
    await user.click(screen.getByRole("radio", { name: "No answer" }));
    await user.type(screen.getByRole("textbox", { name: "Note (optional)" }), "  Try after 6 pm ");
    await user.click(screen.getByRole("button", { name: "Record the attempt" }));

    const notice = await screen.findByText("No answer: recorded for Fay Eligible.");
    await waitFor(() => expect(screen.getByRole("status")).toHaveFocus());
    expect(notice).toBeVisible();
    expect(fetchMock).toHaveBeenCalledWith("/api/submissions/sub-1/contact-attempts", expect.objectContaining({ method: "POST" }));
    expect(sentBody(fetchMock)).toEqual({ result: "no_answer", note: "Try after 6 pm" });
    expect(router.refresh).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("group", { name: "What happened?" })).toBeNull();
  });

  it("works by keyboard alone: arrows choose the result", async () => {
    const fetchMock = stubFetch(CREATED);
    const { user } = renderList([GUS]);
    screen.getByRole("button", { name: "Record an attempt for Gus Byemail" }).focus();
    await user.keyboard("{Enter}");
    await user.tab();
    expect(screen.getByRole("radio", { name: "Reached and booked" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Reached and declined" })).toBeChecked();
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name: "Record the attempt" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByText("Reached and declined: recorded for Gus Byemail.");
    expect(sentBody(fetchMock)).toEqual({ result: "reached_declined", note: "" });
  });

  it("says so when the patient is no longer on the list (409)", async () => {
    stubFetch(reply(409, { error: "conflict" }));
    const { user } = renderList();
    await user.click(screen.getByRole("button", { name: "Record an attempt for Fay Eligible" }));
    await user.click(screen.getByRole("radio", { name: "Reached and booked" }));
    await user.click(screen.getByRole("button", { name: "Record the attempt" }));
    const summary = (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
    expect(summary).toHaveTextContent(/no longer on the list/);
    expect(router.refresh).not.toHaveBeenCalled();
  });
});
