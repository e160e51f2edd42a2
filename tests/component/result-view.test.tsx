import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ResultView } from "@/components/intake/ResultView";
import type { Receipt } from "@/components/intake/submit-intake";
import type { Answers, Patient } from "@/lib/questionnaire";
import { assess } from "@/lib/screening";
import { intakeWith, SCREENING_DATE } from "@/tests/fixtures/intake";

const CLINIC = { clinicName: "Riverside Skin Clinic", clinicPhone: "020 7946 0123", reviewContactDays: 3 };

/** The receipt the server would send for these answers, with the default policy's real messages. */
function receiptFor(changes: { answers?: Partial<Answers>; patient?: Partial<Patient> }): Receipt {
  const { outcome, reasons } = assess(intakeWith(changes), SCREENING_DATE);
  return { reference: "MN-7K3P-9Q", outcome, createdAt: "2026-11-15T10:00:00.000Z", reasons };
}

function renderResult(receipt: Receipt) {
  render(<ResultView receipt={receipt} {...CLINIC} />);
  const heading = screen.getByRole("heading", { level: 1 });
  const next = screen.getByRole("heading", { level: 2, name: "What happens next" }).nextElementSibling as HTMLElement;
  const shape = heading.querySelector("svg")?.getAttribute("data-shape");
  return { heading, next, shape };
}

const UNDER_18 = { dateOfBirth: "2010-06-01" };

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the result says what it means", () => {
  it("a permanent exclusion: not suitable, no pause, other treatments with the phone", () => {
    const { heading, next, shape } = renderResult(receiptFor({ answers: { keloids: "yes", recentSunburn: "yes" } }));
    expect(heading).toHaveTextContent("Microneedling is not suitable for you");
    expect(heading).not.toHaveTextContent(/moment|right now/);
    expect(shape).toBe("cross");
    expect(next).toHaveTextContent(
      "We can't offer you microneedling. Our team is happy to talk to you about other treatments that may suit you: call the clinic on 020 7946 0123.",
    );
    expect(within(next).getByRole("link", { name: "020 7946 0123" })).toHaveAttribute("href", "tel:02079460123");
    expect(document.body).not.toHaveTextContent(/screen(ing)? again after|time given above/);
  });

  it.each([
    ["skin cancer in the area", { skinCancerInArea: "yes" }],
    ["a bleeding disorder", { bleedingDisorder: "yes" }],
  ] satisfies [string, Partial<Answers>][])("%s is not suitable for good too", (_, answers) => {
    const { heading, shape } = renderResult(receiptFor({ answers }));
    expect(heading).toHaveTextContent("Microneedling is not suitable for you");
    expect(shape).toBe("cross");
  });

  it("only temporary exclusions: not right now, and each reason says when", () => {
    const receipt = receiptFor({ answers: { recentSunburn: "yes", activeAcne: "yes" } });
    const { heading, next, shape } = renderResult(receipt);
    expect(heading).toHaveTextContent("Microneedling isn't right for you right now");
    expect(shape).toBe("pause");
    expect(next).toHaveTextContent(
      "We can't offer you microneedling right now. Each reason above says when it's worth screening again. If you have any questions, call the clinic on 020 7946 0123.",
    );
    for (const reason of receipt.reasons) {
      expect(screen.getByText(reason.patientMessage)).toBeInTheDocument();
      expect(reason.patientMessage).toMatch(/It's worth screening again .+\./);
    }
    expect(document.body).not.toHaveTextContent("time given above");
  });

  it("under 18: one message, an appointment with a parent or guardian, and no screening again", () => {
    const { heading, next, shape } = renderResult(receiptFor({ patient: UNDER_18 }));
    expect(heading).toHaveTextContent("We can't screen you online until you're 18");
    expect(shape).toBe("pause");
    expect(
      screen.getByText(
        "Our online screening is for adults aged 18 and over. The clinic can see you in person with a parent or guardian, or you can screen online once you turn 18.",
      ),
    ).toBeInTheDocument();
    expect(next).toHaveTextContent("Call the clinic on 020 7946 0123 to arrange an appointment with a parent or guardian.");
    expect(document.body).not.toHaveTextContent(/screening again|time given above/);
  });

  it("under 18 with another temporary reason: still the appointment, never screening online again", () => {
    const { heading, next } = renderResult(receiptFor({ patient: UNDER_18, answers: { activeAcne: "yes" } }));
    expect(heading).toHaveTextContent("Microneedling isn't right for you right now");
    expect(next).toHaveTextContent("to arrange an appointment with a parent or guardian");
    expect(next).not.toHaveTextContent(/screening again/);
  });

  it("under 18 with a permanent exclusion: not suitable, with a parent or guardian", () => {
    const { heading, next } = renderResult(receiptFor({ patient: UNDER_18, answers: { keloids: "yes" } }));
    expect(heading).toHaveTextContent("Microneedling is not suitable for you");
    expect(next).toHaveTextContent("other treatments that may suit you");
    expect(next).toHaveTextContent("parent or guardian");
  });

  it("needs review: a clinician will contact the patient", () => {
    const { heading, next, shape } = renderResult(receiptFor({ answers: { bloodThinners: "yes" } }));
    expect(heading).toHaveTextContent("A clinician will look at your answers");
    expect(shape).toBe("clock");
    expect(next).toHaveTextContent("A clinician will contact you within 3 working days to talk about your answers.");
  });

  it("eligible: book a consultation", () => {
    const { heading, next, shape } = renderResult(receiptFor({}));
    expect(heading).toHaveTextContent("Good news: microneedling looks suitable for you");
    expect(shape).toBe("tick");
    expect(next).toHaveTextContent("The clinic will contact you to book a consultation, as you asked.");
    expect(screen.queryByRole("heading", { name: "About your answers" })).not.toBeInTheDocument();
  });
});

describe("a result the patient keeps", () => {
  it("prints with a labelled button, and says to write the reference down or print it", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
    renderResult(receiptFor({ answers: { bloodThinners: "yes" } }));
    await userEvent.setup().click(screen.getByRole("button", { name: "Print or save as PDF" }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Write down your reference or print this page. Quote it when you contact us.")).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/screenshot|can't be opened again/);
  });

  it("names the clinic and the date for paper, which the site's header and the button are not on", () => {
    renderResult(receiptFor({}));
    const printHeader = document.querySelector(".result__print-header");
    expect(printHeader).toHaveClass("print-only");
    expect(printHeader).toHaveTextContent("Riverside Skin Clinic");
    expect(within(printHeader as HTMLElement).getByText("15 November 2026")).toHaveAttribute("datetime", "2026-11-15T10:00:00.000Z");
    expect(screen.getByRole("button", { name: "Print or save as PDF" }).closest(".no-print")).not.toBeNull();
    expect(screen.getByText("MN-7K3P-9Q").closest(".no-print")).toBeNull();
  });
});

describe("booking online (BOOKING_URL)", () => {
  const BOOKING_URL = "https://book.clinic.example/microneedling";

  it("offers an eligible patient the clinic's booking page, in a new tab, with nothing of theirs in the address", () => {
    render(<ResultView receipt={receiptFor({})} {...CLINIC} bookingUrl={BOOKING_URL} />);
    const link = screen.getByRole("link", { name: "Book online, opens in a new tab" });
    expect(link).toHaveAttribute("href", BOOKING_URL);
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(screen.getByText(/Book a consultation online, or the clinic will contact you to book, as you asked/)).toBeVisible();
    // The phone stays: some patients would rather call.
    expect(screen.getByRole("link", { name: "020 7946 0123" })).toBeVisible();
  });

  it("keeps 'call the clinic' without a booking page", () => {
    const { next } = renderResult(receiptFor({}));
    expect(next).toHaveTextContent(/^The clinic will contact you to book a consultation/);
    expect(screen.queryByRole("link", { name: /Book online/ })).toBeNull();
  });

  it("offers no booking link to a patient who needs review or is not suitable", () => {
    for (const answers of [{ keloids: "unsure" }, { keloids: "yes" }] satisfies Partial<Answers>[]) {
      const view = render(<ResultView receipt={receiptFor({ answers })} {...CLINIC} bookingUrl={BOOKING_URL} />);
      expect(screen.queryByRole("link", { name: /Book online/ })).toBeNull();
      view.unmount();
    }
  });
});
