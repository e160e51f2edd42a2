"use client";

import { useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { Field } from "@/components/ui/Field";
import { fieldErrors, type FieldErrors } from "./field-errors";
import { commonProblem, issuesOf, sendJson, type JsonReply } from "./send-json";

type Credential = "email" | "password";
const FIELDS = ["email", "password"] as const satisfies readonly Credential[];

// One message whichever of the two was wrong, so the form does not reveal who has an account.
const WRONG_CREDENTIALS = "Enter a correct email address and password";

function lockoutMessage(retryAfter: string | null): string {
  const seconds = Number(retryAfter);
  if (!retryAfter || !Number.isFinite(seconds)) return "Too many attempts. Try again later.";
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/** Errors to show for a refused sign-in; every one is linked to the email field, where a retry starts. */
function problemsOf(reply: JsonReply): FieldErrors<Credential> {
  if (reply.reached && reply.status === 400) return fieldErrors(issuesOf(reply.body), FIELDS);
  const message =
    reply.reached && reply.status === 401
      ? WRONG_CREDENTIALS
      : reply.reached && reply.status === 429
        ? lockoutMessage(reply.headers.get("Retry-After"))
        : commonProblem(reply);
  return fieldErrors([{ path: "email", message }], FIELDS);
}

/** Staff sign-in with email and password; a JSON request, so another site's form cannot post it. */
export function SignInForm() {
  const [errors, setErrors] = useState<FieldErrors<Credential> | null>(null);
  // A new key per refused attempt mounts the summary again, which moves focus back to it.
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  function refuse(problems: FieldErrors<Credential>): void {
    setErrors(problems);
    setAttempt((count) => count + 1);
  }

  async function signIn(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const missing = [
      ...(email === "" ? [{ path: "email", message: "Enter your email address" }] : []),
      ...(password === "" ? [{ path: "password", message: "Enter your password" }] : []),
    ];
    if (missing.length > 0) {
      refuse(fieldErrors(missing, FIELDS));
      return;
    }

    setBusy(true);
    const reply = await sendJson("/api/auth/sign-in", "POST", { email, password });
    if (reply.reached && reply.status === 200) {
      // A full page load, so the staff pages start from a clean slate with the new session.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- on purpose, see above
      window.location.assign("/staff");
      return;
    }
    setBusy(false);
    refuse(problemsOf(reply));
  }

  return (
    <form noValidate onSubmit={signIn}>
      {errors !== null && <ErrorSummary key={attempt} items={errors.summary} />}
      <Field id="email" label="Email address" error={errors?.byField.email}>
        {(control) => (
          <input {...control} className="input" name="email" type="email" autoComplete="username" spellCheck={false} />
        )}
      </Field>
      <Field id="password" label="Password" error={errors?.byField.password}>
        {(control) => <input {...control} className="input" name="password" type="password" autoComplete="current-password" />}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        Sign in
      </button>
    </form>
  );
}
