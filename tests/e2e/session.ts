import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password-2026";
export const STAFF = {
  clinician: "clinician@demo.clinic",
  front_desk: "frontdesk@demo.clinic",
  admin: "admin@demo.clinic",
} as const;
export type Role = keyof typeof STAFF;

/** Signs in through the real endpoint; the context keeps the session cookie. */
export async function signIn(request: APIRequestContext, role: Role): Promise<void> {
  const response = await request.post("/api/auth/sign-in", { data: { email: STAFF[role], password: DEMO_PASSWORD } });
  expect(response.status(), `sign-in as ${role}`).toBe(200);
}

/** Signs in through the sign-in page, as a person would. */
export async function signInWithForm(page: Page, role: Role): Promise<void> {
  await page.goto("/staff/sign-in");
  await page.getByLabel("Email address").fill(STAFF[role]);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL("**/staff");
}
