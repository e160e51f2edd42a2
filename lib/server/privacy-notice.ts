import "server-only";
import { readFileSync } from "node:fs";
import { ConfigError, getConfig, type Config } from "@/lib/server/config";

type Clinic = Pick<Config, "clinicName" | "clinicPhone">;

// CommonMark lets a backslash escape any ASCII punctuation: a clinic called "*Skin_Care*"
// or "<Clinic>" reads as those very characters, not as emphasis or an HTML tag.
const escapeMarkdown = (text: string): string => text.replace(/[!-/:-@[-`{-~]/g, "\\$&");

/**
 * The notice a clinic gets until it writes its own: what is collected, why, who sees it,
 * how long it is kept, that it is never sold, and how to ask for a copy or deletion, in the
 * plain words of the rest of the patient's pages.
 */
export function defaultPrivacyNotice({ clinicName, clinicPhone }: Clinic): string {
  const clinic = escapeMarkdown(clinicName);
  const phone = escapeMarkdown(clinicPhone);
  // Top-level headings: the page shows them one level below its own h1 (PrivacyNotice).
  return `${clinic} runs this online screening. This notice explains what we do with the information you give us.

# What we collect

- Your answers to the screening questions: your skin, your health, the medicines you take and what you would like treated.
- Your name and date of birth.
- Your contact details: your email address and phone number.
- Your consent, with the name you sign it with, and the result of the screening.

# Why we collect it

To check whether microneedling is likely to be safe and suitable for you, and to contact you about your result and about booking a consultation.

# Who sees it

Only ${clinic}'s staff: the clinicians who review your answers and the reception team who book your appointments. We don't share it with anyone else unless the law requires us to.

# How long we keep it

We keep your answers and your result with your health records for as long as the law requires health records to be kept (usually 8 years after your last contact with us), then delete them securely.

# What we never do

We never sell your information, and we never use it for marketing.

# Getting a copy, or asking us to delete it

You can ask for a copy of everything we hold about you, ask us to correct it, or ask us to delete it. Call ${clinic} on ${phone} and we will explain what happens next.
`;
}

/**
 * The clinic's privacy notice as Markdown: the file named by PRIVACY_NOTICE_FILE, or the
 * default notice naming the clinic. A file that cannot be read, or holds nothing, throws a
 * ConfigError naming it: a clinic that wrote its own notice must never have patients shown
 * another one without noticing.
 */
export function loadPrivacyNotice(file: string | undefined, clinic: Clinic): string {
  if (file === undefined) return defaultPrivacyNotice(clinic);
  const where = `PRIVACY_NOTICE_FILE (${file})`;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new ConfigError([`${where} cannot be read`]);
  }
  if (text.trim() === "") throw new ConfigError([`${where} is empty`]);
  return text;
}

let cached: string | undefined;

/** This process's privacy notice, read on first use (at start-up: instrumentation.ts). */
export function getPrivacyNotice(): string {
  if (cached === undefined) {
    const config = getConfig();
    cached = loadPrivacyNotice(config.privacyNoticeFile, config);
  }
  return cached;
}
