import type { StepDefinition } from "@/lib/questionnaire/types";
import { checkStep, type StepCheckOptions } from "@/lib/questionnaire/step-check";
import { sectionOf, type FormValues, type IntakeDraft } from "./step-values";

/** What `POST /api/drafts` stores: the answers so far, without consent. */
export interface DraftBody {
  readonly patient: FormValues;
  readonly answers: FormValues;
}

/** A stored draft: the code the patient writes down, and until when it can be resumed. */
export interface SavedDraft {
  readonly resumeCode: string;
  readonly expiresAt: string;
}

/**
 * The answers that can be saved: every answer that passes its question's check, so a half
 * typed email or an unticked box does not stop the rest from being saved (the server takes
 * a partial draft, but every answer in it must be valid).
 */
export function draftBody(draft: IntakeDraft, steps: readonly StepDefinition[], options: StepCheckOptions = {}): DraftBody {
  const body = { patient: {} as FormValues, answers: {} as FormValues };
  for (const step of steps) {
    const section = sectionOf(step);
    if (section === "consent") continue;
    const given = draft[section];
    const values = Object.fromEntries(step.questions.filter(({ id }) => id in given).map(({ id }) => [id, given[id]]));
    const checked = checkStep(step.questions, values, options);
    const errors: Readonly<Record<string, string>> = checked.ok ? {} : checked.errors;
    for (const question of step.questions) {
      if (question.id in values && !(question.id in errors)) body[section][question.id] = values[question.id];
    }
  }
  return body;
}

export type DraftProblem =
  /** No answer at all, or one the page does not understand. */
  | "unavailable"
  /** Rate limited (429). */
  | "busy"
  /** The server refused the answers (400): in practice, no valid date of birth. */
  | "rejected";

export type SaveResult = { readonly status: "saved"; readonly draft: SavedDraft } | { readonly status: "failed"; readonly problem: DraftProblem };

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function savedDraftOf(body: unknown): SavedDraft | undefined {
  if (!isRecord(body) || typeof body.resumeCode !== "string" || typeof body.expiresAt !== "string") return undefined;
  return { resumeCode: body.resumeCode, expiresAt: body.expiresAt };
}

async function post(url: string, body: unknown): Promise<{ status: number; body: unknown } | undefined> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    return { status: response.status, body: await response.json().catch(() => undefined) };
  } catch {
    return undefined;
  }
}

function problemOf(status: number | undefined): DraftProblem {
  if (status === 429) return "busy";
  if (status === 400) return "rejected";
  return "unavailable";
}

/**
 * Saves the answers with `POST /api/drafts`: under the same code when there is one. A code
 * that has expired meanwhile (404) is replaced by a new one, so saving never fails for it.
 */
export async function saveDraft(body: DraftBody, resumeCode: string | undefined): Promise<SaveResult> {
  const reply = await post("/api/drafts", resumeCode === undefined ? body : { resumeCode, ...body });
  if (reply?.status === 404 && resumeCode !== undefined) return saveDraft(body, undefined);
  const saved = reply && (reply.status === 200 || reply.status === 201) ? savedDraftOf(reply.body) : undefined;
  return saved ? { status: "saved", draft: saved } : { status: "failed", problem: problemOf(reply?.status) };
}

export type ResumeResult =
  | { readonly status: "resumed"; readonly body: DraftBody; readonly expiresAt: string }
  /** A wrong code, a wrong date of birth, or a draft that has expired or been locked: the server does not say which. */
  | { readonly status: "not_found" }
  | { readonly status: "failed"; readonly problem: DraftProblem };

/** Opens a saved draft with `POST /api/drafts/resume`. */
export async function resumeDraft(resumeCode: string, dateOfBirth: string): Promise<ResumeResult> {
  const reply = await post("/api/drafts/resume", { resumeCode, dateOfBirth });
  if (reply?.status === 404) return { status: "not_found" };
  const body = reply?.status === 200 && isRecord(reply.body) ? reply.body : undefined;
  if (body && isRecord(body.patient) && isRecord(body.answers) && typeof body.expiresAt === "string") {
    return { status: "resumed", body: { patient: body.patient, answers: body.answers }, expiresAt: body.expiresAt };
  }
  return { status: "failed", problem: problemOf(reply?.status) };
}
