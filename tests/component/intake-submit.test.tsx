import { screen, waitFor } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { intakeSchema, questionById } from "@/lib/questionnaire";
import { PATIENT } from "@/tests/fixtures/intake";
import {
  answer,
  FIRST_OPTION_ANSWERS,
  clinic,
  dateBox,
  errorSummary,
  fillUpToConfirm,
  fillConsent,
  PATIENT_CONTACT,
  PATIENT_SIGNATURE,
  renderIntake,
  stepOf,
  summaryLinks,
  textbox,
} from "./intake-helpers";

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal("fetch", fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

const reasons = {
  retinoids: {
    rule: "topical_retinoids",
    level: "info",
    temporary: false,
    patientMessage: "Please stop using retinol, tretinoin and exfoliating acids on the area 3-5 days before your treatment.",
    clinicianNote: "Uses retinoids or exfoliating acids: told to stop 3-5 days before treatment (seed 004).",
  },
  keloids: {
    rule: "keloids",
    level: "review",
    temporary: false,
    patientMessage: "Raised scars can sometimes form after microneedling, so a clinician will check with you first.",
    clinicianNote: "History of keloid scarring: assess risk before treatment.",
  },
  sunburn: {
    rule: "recent_sunburn",
    level: "exclude",
    temporary: true,
    patientMessage: "Sunburnt skin needs to heal first. It's worth screening again 2 weeks after the sunburn has healed.",
    clinicianNote: "Sunburn in the area in the last 2 weeks: defer.",
  },
  bleeding: {
    rule: "bleeding_disorder",
    level: "exclude",
    temporary: false,
    patientMessage: "With a bleeding or clotting condition the pricks can bleed or bruise much more than usual.",
    clinicianNote: "Bleeding or clotting disorder: contraindicated.",
  },
} as const;

type Reason = (typeof reasons)[keyof typeof reasons];

function receipt(outcome: string, given: readonly Reason[]) {
  return {
    id: "cmf0submission",
    reference: "MN-7K3P-9Q",
    outcome,
    reasons: given,
    policyVersion: "2026-11.1",
    createdAt: "2026-11-22T10:00:00.000Z",
  };
}

function sent(call: number): { key: string | null; body: unknown; url: unknown; init: RequestInit | undefined } {
  const [url, init] = fetchMock.mock.calls[call] ?? [];
  return { url, init, key: new Headers(init?.headers).get("Idempotency-Key"), body: JSON.parse(String(init?.body)) };
}

async function fillAndSubmit(user: UserEvent): Promise<void> {
  await fillUpToConfirm(user);
  await fillConsent(user);
  await user.click(screen.getByRole("button", { name: "Submit my answers" }));
}

const submitButton = () => screen.getByRole("button", { name: /Submit my answers|Submitting…|Try again/ });

describe("submitting the answers", { timeout: 30_000 }, () => {
  it("sends the validated intake with an idempotency key, and retries with the same key after a network failure", async () => {
    fetchMock
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockResolvedValueOnce(jsonResponse(201, receipt("eligible", [reasons.retinoids])));
    const { user } = renderIntake();
    await fillAndSubmit(user);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "We couldn't reach the clinic's server. Your answers are still here. Check your connection and try again.",
    );
    await waitFor(() => expect(alert).toHaveFocus());
    // Nothing was lost: the answers and the signature are still on the page.
    expect(screen.getByRole("heading", { level: 1, name: stepOf("confirm").title })).toBeInTheDocument();
    expect(screen.getByText(PATIENT.email)).toBeInTheDocument();
    expect(textbox("signature")).toHaveValue(PATIENT_SIGNATURE);

    const first = sent(0);
    expect(first.url).toBe("/api/submissions");
    expect(first.init?.method).toBe("POST");
    expect(new Headers(first.init?.headers).get("Content-Type")).toBe("application/json");
    expect(first.key).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(Object.keys(first.body as object)).toEqual(["patient", "answers", "consent"]);
    expect(intakeSchema.safeParse(first.body).success).toBe(true);
    expect(first.body).toEqual({
      patient: PATIENT,
      answers: { ...FIRST_OPTION_ANSWERS, medications: "", otherConditions: "" },
      // The emailed copy is left unticked: sent as a choice not made, never as a wish.
      consent: { ...PATIENT_CONTACT, storeAndReview: true, accurate: true, signature: PATIENT_SIGNATURE, emailCopy: false },
    });

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 1, name: /Good news/ })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(sent(1).key).toBe(first.key);
    expect(sent(1).body).toEqual(first.body);
  });

  it("sends the patient's wish for a copy by email when they tick it", async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(201, receipt("eligible", [])));
    const { user } = renderIntake();
    await fillUpToConfirm(user);
    await fillConsent(user);
    const copy = screen.getByRole("checkbox", { name: "Email me a copy of my result" });
    expect(copy).not.toBeChecked();
    await user.click(copy);
    await user.click(screen.getByRole("button", { name: "Submit my answers" }));
    expect(await screen.findByRole("heading", { level: 1, name: /Good news/ })).toBeInTheDocument();
    expect(sent(0).body).toMatchObject({ consent: { emailCopy: true } });
  });

  it("disables the button and announces the sending while in flight; a double click sends once", async () => {
    let answerRequest: (response: Response) => void = () => undefined;
    fetchMock.mockReturnValue(new Promise((resolve) => (answerRequest = resolve)));
    const { user } = renderIntake();
    await fillUpToConfirm(user);
    await fillConsent(user);

    await user.dblClick(screen.getByRole("button", { name: "Submit my answers" }));
    await waitFor(() => expect(submitButton()).toHaveTextContent("Submitting…"));
    expect(submitButton()).toBeDisabled();
    expect(screen.getByRole("button", { name: "Back" })).toBeDisabled();
    expect(screen.getByRole("status")).toHaveTextContent("Sending your answers. Please wait.");

    answerRequest(jsonResponse(201, receipt("eligible", [])));
    expect(await screen.findByRole("heading", { level: 1, name: /Good news/ })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it.each([
    [500, { error: "internal" }, "Something went wrong on our side. Your answers are still here", "Try again"],
    [201, { unexpected: true }, "Something went wrong on our side", "Try again"],
    [429, { error: "rate_limited" }, "the clinic is pausing new ones from it. Your answers are still here", "Try again"],
    [409, { error: "idempotency_conflict" }, "We had already received an earlier version of your answers", "Submit my answers"],
    [400, { error: "invalid_request", issues: [{ path: "answers", message: "Send the answers as an object" }] }, "We couldn't accept your answers", "Submit my answers"],
  ])("explains a %i response in plain words and keeps the answers", async (status, body, message, buttonLabel) => {
    fetchMock.mockResolvedValue(jsonResponse(status, body));
    const { user } = renderIntake();
    await fillAndSubmit(user);
    expect(await screen.findByRole("alert")).toHaveTextContent(message);
    expect(submitButton()).toHaveTextContent(buttonLabel);
    expect(submitButton()).toBeEnabled();
    expect(screen.getByText(PATIENT.email)).toBeInTheDocument();
  });

  it("shows the server's problems on the step they belong to, then returns to Check your answers", async () => {
    const message = "Date of birth must be in the past";
    fetchMock
      .mockResolvedValueOnce(jsonResponse(400, { error: "invalid_request", issues: [{ path: "patient.dateOfBirth", message }] }))
      .mockResolvedValueOnce(jsonResponse(201, receipt("eligible", [])));
    const { user } = renderIntake();
    await fillAndSubmit(user);

    expect(await screen.findByRole("heading", { level: 1, name: "About you" })).toBeInTheDocument();
    expect(summaryLinks()).toEqual([[message, "#dateOfBirth"]]);
    await waitFor(() => expect(errorSummary()).toHaveFocus());
    // A problem with the whole date marks all three of its boxes.
    for (const part of ["day", "month", "year"] as const) expect(dateBox("dateOfBirth", part)).toHaveAttribute("aria-invalid", "true");

    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("heading", { level: 1, name: stepOf("confirm").title })).toBeInTheDocument();
    // The consent given before is kept.
    expect(textbox("signature")).toHaveValue(PATIENT_SIGNATURE);
  });

  it("checks the whole intake before sending, and leads to an answer that is no longer valid", async () => {
    const { user } = renderIntake();
    await fillUpToConfirm(user);
    await user.click(screen.getByRole("button", { name: "Change about you" }));
    await answer(user, "email", "");
    await user.click(screen.getByRole("button", { name: "Back" }));
    await screen.findByRole("heading", { level: 1, name: stepOf("confirm").title });
    await fillConsent(user);
    await user.click(screen.getByRole("button", { name: "Submit my answers" }));

    expect(await screen.findByRole("heading", { level: 1, name: "About you" })).toBeInTheDocument();
    expect(summaryLinks()).toEqual([[questionById("email").messages.required, "#email"]]);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe("the result", { timeout: 30_000 }, () => {
  it.each([
    ["eligible", [reasons.retinoids], "Good news: microneedling looks suitable for you", "The clinic will contact you to book a consultation, as you asked."],
    ["needs_review", [reasons.keloids, reasons.retinoids], "A clinician will look at your answers", "A clinician will contact you within 3 working days"],
    ["not_suitable", [reasons.sunburn, reasons.keloids], "Microneedling isn't right for you right now", "Each reason above says when it's worth screening again."],
    ["not_suitable", [reasons.bleeding, reasons.sunburn], "Microneedling is not suitable for you", "happy to talk to you about other treatments"],
  ] as const)("%s: the outcome, every message, what happens next, the reference and the phone", async (outcome, given, heading, next) => {
    fetchMock.mockResolvedValue(jsonResponse(201, receipt(outcome, given)));
    const { user } = renderIntake();
    await fillAndSubmit(user);

    const title = await screen.findByRole("heading", { level: 1, name: heading });
    await waitFor(() => expect(title).toHaveFocus());
    expect(document.title).toBe(`${heading} – ${clinic.clinicName}`);
    for (const reason of given) {
      expect(screen.getByText(reason.patientMessage)).toBeInTheDocument();
      // Clinician notes and rule ids are never shown to the patient.
      expect(screen.queryByText(reason.clinicianNote, { exact: false })).not.toBeInTheDocument();
      expect(screen.queryByText(reason.rule, { exact: false })).not.toBeInTheDocument();
    }
    expect(screen.getByRole("heading", { level: 2, name: "What happens next" })).toBeInTheDocument();
    expect(screen.getByText(next, { exact: false })).toBeInTheDocument();
    expect(screen.getByText("MN-7K3P-9Q")).toHaveClass("reference");
    for (const link of screen.getAllByRole("link", { name: clinic.clinicPhone })) expect(link).toHaveAttribute("href", "tel:02079460000");
    // The form is gone: nothing leads back to the answers; the one button prints the result.
    expect(screen.getAllByRole("button").map((button) => button.textContent)).toEqual(["Print or save as PDF"]);
  });

  it("says '1 working day' when the clinic promises a day", async () => {
    fetchMock.mockResolvedValue(jsonResponse(201, receipt("needs_review", [reasons.keloids])));
    const { user } = renderIntake({ reviewContactDays: 1 });
    await fillAndSubmit(user);
    expect(await screen.findByText(/within 1 working day to talk/)).toBeInTheDocument();
  });
});

describe("privacy and leaving the page", { timeout: 30_000 }, () => {
  const leaving = (): boolean => !window.dispatchEvent(new Event("beforeunload", { cancelable: true }));

  it("keeps the answers out of storage, cookies and the URL, and warns before leaving until the result", async () => {
    fetchMock.mockResolvedValue(jsonResponse(201, receipt("eligible", [])));
    localStorage.clear();
    sessionStorage.clear();
    const address = window.location.href;
    const { user } = renderIntake();
    expect(leaving()).toBe(false);

    await answer(user, "firstName", PATIENT.firstName);
    expect(leaving()).toBe(true);

    await answer(user, "firstName", "");
    await fillAndSubmit(user);
    expect(await screen.findByRole("heading", { level: 1, name: /Good news/ })).toBeInTheDocument();
    expect(leaving()).toBe(false);

    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe("");
    expect(window.location.href).toBe(address);
  });
});
