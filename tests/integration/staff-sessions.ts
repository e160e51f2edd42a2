import { getAuth } from "@/lib/server/auth/better-auth";
import { signInStaff } from "@/lib/server/auth/sign-in";
import { getDatabase } from "@/lib/server/db/client";
import { getRateLimits } from "@/lib/server/rate-limits";
import { DEMO_PASSWORD, seedDemoAccounts } from "@/lib/server/staff/demo-accounts";

export const DEMO_EMAILS = {
  clinician: "clinician@demo.clinic",
  front_desk: "frontdesk@demo.clinic",
  admin: "admin@demo.clinic",
} as const;

/** Seeds the demo staff accounts (once per database). */
export async function seedStaff(): Promise<void> {
  await seedDemoAccounts(getDatabase());
}

/** Signs in for real and returns the request headers a browser would then send. */
export async function signedInHeaders(email: string, password = DEMO_PASSWORD, now?: Date): Promise<Headers> {
  const { setCookie } = await signInStaff(getAuth(), getDatabase(), getRateLimits(), { email, password, headers: new Headers(), now });
  return new Headers({ cookie: setCookie.map((cookie) => cookie.split(";")[0]).join("; ") });
}
