import { z } from "zod";
import type { FieldIssue } from "@/lib/issues";
import type { Intake } from "@/lib/questionnaire";
import { LEVELS, OUTCOMES } from "@/lib/vocabulary";

/**
 * The part of the 201 response the patient sees. Parsing keeps only these fields, so rule
 * ids and clinician notes never even reach the page's state.
 */
const receiptSchema = z.object({
  reference: z.string().min(1),
  outcome: z.enum(OUTCOMES),
  reasons: z.array(z.object({ level: z.enum(LEVELS), temporary: z.boolean(), patientMessage: z.string() })),
});

export type Receipt = z.output<typeof receiptSchema>;

const invalidRequestSchema = z.object({
  error: z.literal("invalid_request"),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});

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
 * A key for one patient's submission, reused on every retry so the server stores it once.
 * `crypto.randomUUID` exists only in secure contexts (HTTPS or localhost); a clinic's
 * tablet on plain HTTP still gets a random key.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Sends a validated intake to `POST /api/submissions` (shared/spec/api.md). */
export async function submitIntake(intake: Intake, idempotencyKey: string): Promise<SubmitResult> {
  let response: Response;
  try {
    response = await fetch("/api/submissions", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
      body: JSON.stringify(intake),
    });
  } catch {
    return { status: "failed", problem: "network" };
  }
  const body: unknown = await response.json().catch(() => undefined);

  if (response.status === 201) {
    const receipt = receiptSchema.safeParse(body);
    return receipt.success ? { status: "accepted", receipt: receipt.data } : { status: "failed", problem: "server" };
  }
  if (response.status === 400) {
    const invalid = invalidRequestSchema.safeParse(body);
    return invalid.success ? { status: "invalid", issues: invalid.data.issues } : { status: "failed", problem: "server" };
  }
  if (response.status === 409) return { status: "failed", problem: "conflict" };
  if (response.status === 429) return { status: "failed", problem: "busy" };
  return { status: "failed", problem: "server" };
}
