import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/server/config";
import { defaultPrivacyNotice, loadPrivacyNotice } from "@/lib/server/privacy-notice";
import { problemsOf, scratchFolder } from "./config-files";

const { folder, write: noticeFile } = scratchFolder("privacy-");

const clinic = { clinicName: "Riverside Skin Clinic", clinicPhone: "020 7946 0123" };

describe("PRIVACY_NOTICE_FILE", () => {
  it("is unset by default, and read as a path when set", () => {
    expect(parseConfig({}).privacyNoticeFile).toBeUndefined();
    expect(parseConfig({ PRIVACY_NOTICE_FILE: "" }).privacyNoticeFile).toBeUndefined();
    expect(parseConfig({ PRIVACY_NOTICE_FILE: "/etc/clinic/privacy.md" }).privacyNoticeFile).toBe("/etc/clinic/privacy.md");
  });
});

describe("loadPrivacyNotice", () => {
  it("reads the clinic's file as it is", () => {
    const file = noticeFile("notice.md", "# Our privacy notice\n\nWe look after your data.\n");
    expect(loadPrivacyNotice(file, clinic)).toBe("# Our privacy notice\n\nWe look after your data.\n");
  });

  it("refuses a file that does not exist, naming the variable and the file", () => {
    expect(problemsOf(() => loadPrivacyNotice(path.join(folder, "missing.md"), clinic))).toEqual([
      expect.stringMatching(/^PRIVACY_NOTICE_FILE \(.*missing\.md\) cannot be read$/),
    ]);
  });

  it("refuses a folder and an empty file", () => {
    expect(problemsOf(() => loadPrivacyNotice(folder, clinic))).toEqual([expect.stringMatching(/PRIVACY_NOTICE_FILE .* cannot be read/)]);
    expect(problemsOf(() => loadPrivacyNotice(noticeFile("empty.md", " \n\n"), clinic))).toEqual([
      expect.stringMatching(/PRIVACY_NOTICE_FILE \(.*empty\.md\) is empty/),
    ]);
  });

  it("is the default notice, naming the clinic, when no file is named", () => {
    expect(loadPrivacyNotice(undefined, clinic)).toBe(defaultPrivacyNotice(clinic));
  });
});

describe("the default notice", () => {
  const notice = defaultPrivacyNotice(clinic);

  it("names the clinic and its phone, and says how to ask for a copy or deletion", () => {
    expect(notice).toMatch(/^Riverside Skin Clinic runs this online screening/);
    expect(notice).toContain("Call Riverside Skin Clinic on 020 7946 0123");
    expect(notice).toMatch(/ask for a copy/);
    expect(notice).toMatch(/ask us to delete it/);
  });

  it("says what is collected, why, who sees it, how long it is kept, and that it is never sold or used for marketing", () => {
    for (const words of [
      "answers to the screening questions",
      "name and date of birth",
      "contact details",
      "# Why we collect it",
      "microneedling",
      "contact you",
      "# Who sees it",
      "staff",
      "# How long we keep it",
      "We never sell your information, and we never use it for marketing.",
    ]) {
      expect(notice).toContain(words);
    }
  });

  it("keeps Markdown and HTML characters of the clinic's name as the characters they are", () => {
    const odd = defaultPrivacyNotice({ clinicName: "*Skin_Care* <b>", clinicPhone: "+44 (20) 7946-0123" });
    expect(odd).toContain("\\*Skin\\_Care\\* \\<b\\>");
    expect(odd).toContain("\\+44 \\(20\\) 7946\\-0123");
  });
});
