// Staff sign-in's two fields: the limits and words that the server's schema
// (`credentialsSchema` in ./schemas) and the sign-in form's own check share. The form's check
// is plain code, so that the first page every staff member loads carries no schema library
// (zod would be about 25 kB of it, compressed). tests/unit/staff/credentials.test.ts holds the
// two to the same answers.

export const MAX_EMAIL_LENGTH = 254;
export const MAX_PASSWORD_LENGTH = 128;

export const CREDENTIAL_MESSAGES = {
  emailMissing: "Enter your email address",
  emailTooLong: `Use ${MAX_EMAIL_LENGTH} characters or fewer`,
  passwordMissing: "Enter your password",
  passwordTooLong: `Use ${MAX_PASSWORD_LENGTH} characters or fewer`,
} as const;

export interface Credentials {
  email: string;
  password: string;
}

/**
 * What the server's schema would refuse in a sign-in, field by field (bounds only: whether
 * the password is right is the server's business); empty when nothing is.
 */
export function credentialProblems({ email, password }: Credentials): Partial<Record<keyof Credentials, string>> {
  const problems: Partial<Record<keyof Credentials, string>> = {};
  const address = email.trim();
  if (address === "") problems.email = CREDENTIAL_MESSAGES.emailMissing;
  else if (address.length > MAX_EMAIL_LENGTH) problems.email = CREDENTIAL_MESSAGES.emailTooLong;
  if (password === "") problems.password = CREDENTIAL_MESSAGES.passwordMissing;
  else if (password.length > MAX_PASSWORD_LENGTH) problems.password = CREDENTIAL_MESSAGES.passwordTooLong;
  return problems;
}
