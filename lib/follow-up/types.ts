// What the server hands the "To contact" page. Browser-safe: types only.
import type { ContactMethod, ContactTime } from "@/lib/questionnaire";
import type { ContactResult } from "@/lib/vocabulary";

/** One recorded attempt to reach a patient. */
export interface ContactAttemptEntry {
  id: string;
  result: ContactResult;
  note: string | null;
  by: string;
  createdAt: string;
}

/** A patient on the "To contact" list, with how and when they asked to be contacted. */
export interface ToContactItem {
  submissionId: string;
  reference: string;
  createdAt: string;
  firstName: string;
  lastName: string;
  /**
   * How to reach them: their choice at consent, or email when they chose phone without
   * giving a number, or made their submission before the question was asked.
   */
  contactBy: ContactMethod;
  /** The number or address to use for `contactBy`. */
  contactDetail: string;
  /** Empty for submissions made before the question was asked: any time. */
  contactTimes: ContactTime[];
  attemptCount: number;
  /** Every attempt so far, newest first (the first is the last attempt). */
  attempts: ContactAttemptEntry[];
}

export interface ToContactPage {
  items: ToContactItem[];
  nextCursor: string | null;
}
