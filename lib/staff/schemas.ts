// What staff forms send, checked by the same schemas in the browser (react-hook-form) and on
// the server (the route handlers). Browser-safe. The sign-in form checks its two fields
// without zod (./credentials).
import { z } from "zod";
import { STAFF_ROLES } from "@/lib/vocabulary";
import { CREDENTIAL_MESSAGES, MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH, type Credentials } from "./credentials";

export const MIN_PASSWORD_LENGTH = 12;

/** Staff sign-in: bounds only; whether the password is right is the server's business. */
export const credentialsSchema = z.strictObject({
  email: z
    .string({ message: CREDENTIAL_MESSAGES.emailMissing })
    .trim()
    .min(1, { message: CREDENTIAL_MESSAGES.emailMissing })
    .max(MAX_EMAIL_LENGTH, { message: CREDENTIAL_MESSAGES.emailTooLong }),
  password: z
    .string({ message: CREDENTIAL_MESSAGES.passwordMissing })
    .min(1, { message: CREDENTIAL_MESSAGES.passwordMissing })
    .max(MAX_PASSWORD_LENGTH, { message: CREDENTIAL_MESSAGES.passwordTooLong }),
});
credentialsSchema satisfies z.ZodType<Credentials, Credentials>;

const roleSchema = z.enum(STAFF_ROLES, { message: "Choose clinician, front_desk or admin" });

/**
 * A new staff account. The server also refuses a guessable password (`weakPasswordReason`),
 * which needs a dictionary too large to send to the browser.
 */
export const newStaffSchema = z.strictObject({
  email: z
    .string({ message: "Enter an email address like name@clinic.example" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "Enter an email address like name@clinic.example" })),
  name: z.string({ message: "Enter the person's name" }).trim().min(1, { message: "Enter the person's name" }).max(100, { message: "Use 100 characters or fewer" }),
  role: roleSchema,
  password: z
    .string({ message: "Enter a password" })
    .min(MIN_PASSWORD_LENGTH, { message: `Use at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(MAX_PASSWORD_LENGTH, { message: CREDENTIAL_MESSAGES.passwordTooLong }),
});
export type NewStaff = z.output<typeof newStaffSchema>;

/** An admin's change to an account: a new role, disabling or re-enabling, or both. */
export const staffChangeSchema = z
  .strictObject({
    role: roleSchema.optional(),
    disabled: z.boolean({ message: "Send true or false" }).optional(),
  })
  .refine((change) => change.role !== undefined || change.disabled !== undefined, { message: "Change the role or the status" });
export type StaffChange = z.output<typeof staffChangeSchema>;

/** An admin clears one sign-in lock, named by the id the locks list gives. */
export const clearSignInLockSchema = z.strictObject({
  lockId: z.string({ message: "Name the lock to clear" }).min(1, { message: "Name the lock to clear" }).max(600, { message: "Name the lock to clear" }),
});
