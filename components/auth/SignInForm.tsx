"use client";

import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { Field } from "@/components/ui/Field";
import { sendJson, type JsonReply } from "@/components/ui/send-json";
import { useJsonForm } from "@/components/ui/use-json-form";
import type { FieldErrors, Resolver } from "react-hook-form";
import { credentialProblems, type Credentials } from "@/lib/staff/credentials";

// One message whichever of the two was wrong, so the form does not reveal who has an account.
const WRONG_CREDENTIALS = "Enter a correct email address and password";

function lockoutMessage(retryAfter: string | null): string {
  const seconds = Number(retryAfter);
  if (!retryAfter || !Number.isFinite(seconds)) return "Too many attempts. Try again later.";
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/** The words for a refused sign-in that is not about one field (400s name their fields). */
function refusalMessage(reply: JsonReply): string | undefined {
  if (!reply.reached) return undefined;
  if (reply.status === 401) return WRONG_CREDENTIALS;
  if (reply.status === 429) return lockoutMessage(reply.headers.get("Retry-After"));
  return undefined;
}

/** The server's bounds on the two fields, checked before anything is sent. */
const resolver: Resolver<Credentials> = (values) => {
  const problems = Object.entries(credentialProblems(values));
  if (problems.length === 0) return { values, errors: {} };
  const errors: FieldErrors<Credentials> = Object.fromEntries(problems.map(([field, message]) => [field, { type: "validate", message }]));
  return { values: {}, errors };
};

/** Staff sign-in with email and password; a JSON request, so another site's form cannot post it. */
export function SignInForm() {
  const { form, summary, summaryKey, errorOf, refuse } = useJsonForm<Credentials>({
    resolver,
    fields: ["email", "password"],
    defaultValues: { email: "", password: "" },
  });
  const { register, handleSubmit, formState } = form;

  async function signIn(credentials: Credentials): Promise<void> {
    const reply = await sendJson("/api/auth/sign-in", "POST", credentials);
    if (reply.reached && reply.status === 200) {
      // A full page load, so the staff pages start from a clean slate with the new session.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- on purpose, see above
      window.location.assign("/staff");
      // Stay busy until the next page replaces this one.
      return new Promise<void>(() => {});
    }
    refuse(reply, refusalMessage(reply));
  }

  return (
    <form noValidate onSubmit={handleSubmit(signIn)}>
      {summary.length > 0 && <ErrorSummary key={summaryKey} items={summary} />}
      <Field id="email" label="Email address" error={errorOf("email")}>
        {(control) => (
          <input {...control} {...register("email")} className="input" type="email" autoComplete="username" spellCheck={false} />
        )}
      </Field>
      <Field id="password" label="Password" error={errorOf("password")}>
        {(control) => <input {...control} {...register("password")} className="input" type="password" autoComplete="current-password" />}
      </Field>
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        Sign in
      </button>
    </form>
  );
}
