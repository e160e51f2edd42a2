import { describe, expect, it } from "vitest";
import { patientCopyEmail, reviewAlertEmail } from "@/lib/server/mail/templates";
import type { RuleId } from "@/lib/screening";

const reason = (rule: RuleId, level: "exclude" | "review", temporary: boolean) => ({ rule, level, temporary, patientMessage: `MESSAGE OF ${rule}`, clinicianNote: `NOTE OF ${rule}` });

describe("the email templates", () => {
  it("list every reference of a digest, with the queue's address, in text and HTML", () => {
    const alert = reviewAlertEmail(["MN-AAAA-BBBB", "MN-CCCC-DDDD"], "Smith & Jones <Skin>", "https://screening.clinic.example/base/");
    expect(alert.subject).toBe("Needs review: 2 screenings");
    expect(alert.text).toContain("- MN-AAAA-BBBB\n- MN-CCCC-DDDD");
    expect(alert.text).toContain("https://screening.clinic.example/staff");
    expect(alert.html).toContain("<li>MN-CCCC-DDDD</li>");
    expect(alert.html).toContain("Smith &#38; Jones &#60;Skin&#62;");
    expect(alert.html).not.toContain("<Skin>");
  });

  it("tell the patient the outcome and what happens next in the result page's words, without the reasons", () => {
    const settings = { clinicName: "Demo Skin Clinic", clinicPhone: "020 7946 0000", reviewContactDays: 1 };
    const review = patientCopyEmail({ ...settings, receipt: { reference: "MN-1", outcome: "needs_review", reasons: [reason("blood_thinners", "review", false)] } });
    expect(review.text).toContain("A clinician will look at your answers");
    expect(review.text).toContain("within 1 working day");
    expect(review.text).toContain("MN-1");
    expect(review.text).not.toContain("MESSAGE OF");

    const notNow = patientCopyEmail({ ...settings, receipt: { reference: "MN-2", outcome: "not_suitable", reasons: [reason("recent_sunburn", "exclude", true)] } });
    expect(notNow.text).toContain("Microneedling isn't right for you right now");
    expect(notNow.text).toContain("call the clinic on 020 7946 0000.");
    expect(notNow.text).not.toContain("reason above");
    expect(notNow.text).not.toContain("MESSAGE OF");
  });
});
