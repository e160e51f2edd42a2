import { expect, type APIRequestContext } from "@playwright/test";
import type { Answers } from "@/lib/questionnaire";
import { baselineIntake } from "@/tests/fixtures/intake";

/** Submits an intake over HTTP, as the form does, and returns the receipt. */
export async function submitIntake(
  request: APIRequestContext,
  changes: Partial<Answers> = {},
  patient: Parameters<typeof baselineIntake>[1] = {},
): Promise<{ id: string; reference: string; outcome: string }> {
  const response = await request.post("/api/submissions", { data: baselineIntake(changes, patient) });
  expect(response.status()).toBe(201);
  return response.json();
}
