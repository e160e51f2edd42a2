import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SignInForm } from "@/components/auth/SignInForm";
import { reply, sentBody, stubFetch } from "@/tests/component/stub-fetch";

const assign = vi.fn();

beforeEach(() => {
  vi.stubGlobal("location", { assign });
});

afterEach(() => {
  vi.unstubAllGlobals();
  assign.mockReset();
});

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  render(<SignInForm />);
  if (email) await user.type(screen.getByLabelText("Email address"), email);
  if (password) await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

async function errorSummary(): Promise<HTMLElement> {
  return (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
}

describe("the staff sign-in form", () => {
  it("labels its fields for password managers", () => {
    render(<SignInForm />);
    expect(screen.getByLabelText("Email address")).toHaveAttribute("autocomplete", "username");
    expect(screen.getByLabelText("Password")).toHaveAttribute("autocomplete", "current-password");
  });

  it("posts the credentials as JSON and opens the staff home page", async () => {
    const fetchMock = stubFetch(reply(200, { status: "signed_in" }));
    await signIn("clinician@demo.clinic", "demo-password-2026");

    expect(fetchMock).toHaveBeenCalledWith("/api/auth/sign-in", expect.objectContaining({ method: "POST" }));
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get("Content-Type")).toBe("application/json");
    expect(sentBody(fetchMock)).toEqual({ email: "clinician@demo.clinic", password: "demo-password-2026" });
    expect(assign).toHaveBeenCalledWith("/staff");
  });

  it("says the same thing for a wrong email or password, in a focused error summary", async () => {
    stubFetch(reply(401, { error: "unauthenticated" }));
    await signIn("someone@demo.clinic", "wrong-password");

    const summary = await errorSummary();
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent("Enter a correct email address and password");
    expect(screen.getByLabelText("Email address")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Email address")).toHaveAccessibleDescription(/Enter a correct email address and password/);
    expect(assign).not.toHaveBeenCalled();
  });

  it("gives the lockout time in minutes from Retry-After", async () => {
    stubFetch(reply(429, { error: "rate_limited" }, { "Retry-After": "541" }));
    await signIn("clinician@demo.clinic", "wrong-password");

    expect(await errorSummary()).toHaveTextContent("Too many attempts. Try again in 10 minutes.");
  });

  it("says one minute, not one minutes", async () => {
    stubFetch(reply(429, { error: "rate_limited" }, { "Retry-After": "12" }));
    await signIn("clinician@demo.clinic", "wrong-password");

    expect(await errorSummary()).toHaveTextContent("Too many attempts. Try again in 1 minute.");
  });

  it("asks for missing fields without sending anything", async () => {
    const fetchMock = stubFetch();
    await signIn("", "");

    expect(await errorSummary()).toHaveTextContent("Enter your email address");
    expect(await errorSummary()).toHaveTextContent("Enter your password");
    expect(screen.getByLabelText("Password")).toHaveAttribute("aria-invalid", "true");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("moves focus back to the summary after another refused attempt", async () => {
    stubFetch(reply(401, { error: "unauthenticated" }), reply(401, { error: "unauthenticated" }));
    const user = userEvent.setup();
    render(<SignInForm />);
    await user.type(screen.getByLabelText("Email address"), "a@demo.clinic");
    await user.type(screen.getByLabelText("Password"), "nope");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await user.click(screen.getByLabelText("Password"));
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    const summary = await errorSummary();
    await waitFor(() => expect(summary).toHaveFocus());
  });
});
