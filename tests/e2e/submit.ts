import { expect, type APIRequestContext } from "@playwright/test";
import type { Intake } from "@/lib/questionnaire";
import { intakeWith } from "@/tests/fixtures/intake";

/** Submits an intake over HTTP, as the form does, and returns the receipt. */
export async function submitIntake(
  request: APIRequestContext,
  intake: Intake = intakeWith(),
): Promise<{ id: string; reference: string; outcome: string }> {
  const response = await request.post("/api/submissions", { data: intake });
  expect(response.status()).toBe(201);
  return response.json();
}
