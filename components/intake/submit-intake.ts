import { isFieldIssue, type FieldIssue } from "@/lib/issues";
import type { Intake } from "@/lib/questionnaire/schema";
import { knownCode, LEVELS, OUTCOMES, type Level, type Outcome } from "@/lib/vocabulary";

/** The part of the 201 response the patient's result needs. */
export interface Receipt {
  readonly reference: string;
  readonly outcome: Outcome;
  /** When the clinic stored it (ISO 8601), for the printed result. */
  readonly createdAt: string;
  /** `rule` only chooses the words of what happens next (ResultView); it is never shown. */
  readonly reasons: readonly { readonly rule: string; readonly level: Level; readonly temporary: boolean; readonly patientMessage: string }[];
}

type Reason = Receipt["reasons"][number];

// Responses are read by hand: the intake's browser code carries no schema library
// (eslint.config.mjs), and these few fields do not need one.
const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === "object" && value !== null;
const codeOf = <Code extends string>(codes: readonly Code[], value: unknown): Code | undefined =>
  typeof value === "string" ? knownCode(codes, value) : undefined;

function reasonOf(value: unknown): Reason | undefined {
  if (!isRecord(value) || typeof value.rule !== "string" || typeof value.temporary !== "boolean" || typeof value.patientMessage !== "string") return undefined;
  const level = codeOf(LEVELS, value.level);
  return level && { rule: value.rule, level, temporary: value.temporary, patientMessage: value.patientMessage };
}

/** Keeps only what the result needs, so clinician notes never even reach the page's state. */
function receiptOf(body: unknown): Receipt | undefined {
  if (!isRecord(body) || typeof body.reference !== "string" || body.reference === "" || !Array.isArray(body.reasons)) return undefined;
  if (typeof body.createdAt !== "string" || Number.isNaN(Date.parse(body.createdAt))) return undefined;
  const outcome = codeOf(OUTCOMES, body.outcome);
  const reasons = body.reasons.map(reasonOf);
  if (outcome === undefined || !reasons.every((reason) => reason !== undefined)) return undefined;
  return { reference: body.reference, outcome, createdAt: body.createdAt, reasons };
}

/** The issues of a 400 `invalid_request` body, if it is one. */
function invalidRequestIssues(body: unknown): FieldIssue[] | undefined {
  if (!isRecord(body) || body.error !== "invalid_request" || !Array.isArray(body.issues)) return undefined;
  return body.issues.every(isFieldIssue) ? body.issues : undefined;
}

/** Why a submission did not go through, in terms the patient can act on. */
export type SubmitProblem =
  /** No answer at all: offline, DNS, the server down. */
  | "network"
  /** A 5xx, or a response the page does not understand. */
  | "server"
  /** Rate limited (429). */
  | "busy"
  /** The idempotency key was already used for different answers (409). */
  | "conflict"
  /** A 400 whose issues name no question the patient can change. */
  | "rejected";

export type SubmitResult =
  | { readonly status: "accepted"; readonly receipt: Receipt }
  | { readonly status: "invalid"; readonly issues: readonly FieldIssue[] }
  | { readonly status: "failed"; readonly problem: SubmitProblem };

/**
 * Sends a validated intake to `POST /api/submissions` (shared/spec/api.md), with the code of
 * the draft it was resumed from, if any, so the server deletes that draft as it stores these.
 */
export async function submitIntake(intake: Intake, idempotencyKey: string, resumeCode?: string): Promise<SubmitResult> {
  const headers: Record<string, string> = { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey };
  if (resumeCode !== undefined) headers["Resume-Code"] = resumeCode;
  let response: Response;
  try {
    response = await fetch("/api/submissions", {
      method: "POST",
      headers,
      body: JSON.stringify(intake),
    });
  } catch {
    return { status: "failed", problem: "network" };
  }
  const body: unknown = await response.json().catch(() => undefined);

  if (response.status === 201) {
    const receipt = receiptOf(body);
    return receipt ? { status: "accepted", receipt } : { status: "failed", problem: "server" };
  }
  if (response.status === 400) {
    const issues = invalidRequestIssues(body);
    return issues ? { status: "invalid", issues } : { status: "failed", problem: "server" };
  }
  if (response.status === 409) return { status: "failed", problem: "conflict" };
  if (response.status === 429) return { status: "failed", problem: "busy" };
  return { status: "failed", problem: "server" };
}
