"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { Field } from "@/components/ui/Field";
import { STAFF_ROLES } from "@/lib/server/staff/roles";
import { fieldErrors, type FieldErrors } from "./field-errors";
import { ROLE_LABELS } from "./labels";
import { commonProblem, issuesOf, sendJson } from "./send-json";

type NewStaffField = "email" | "name" | "role" | "password";
const FIELDS = ["email", "name", "role", "password"] as const satisfies readonly NewStaffField[];

/**
 * An admin creates a staff account. The server checks everything, the password's strength
 * included, and its messages are shown as they come.
 */
export function CreateStaffUserForm({ minPasswordLength }: { minPasswordLength: number }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors<NewStaffField> | null>(null);
  // A new key per refused attempt mounts the summary again, which moves focus back to it.
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (created !== null) noticeRef.current?.focus();
  }, [created]);

  async function create(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const account = Object.fromEntries(FIELDS.map((field) => [field, String(data.get(field) ?? "")]));
    setBusy(true);
    const reply = await sendJson("/api/staff/users", "POST", account);
    setBusy(false);
    if (reply.reached && reply.status === 201) {
      form.reset();
      setErrors(null);
      setCreated(account.email ?? "");
      router.refresh();
      return;
    }
    const issues = reply.reached && reply.status === 400 ? issuesOf(reply.body) : [];
    setCreated(null);
    setErrors(fieldErrors(issues.length > 0 ? issues : [{ path: "email", message: commonProblem(reply) }], FIELDS));
    setAttempt((count) => count + 1);
  }

  return (
    <form noValidate onSubmit={create} aria-labelledby="create-staff-heading">
      <h2 id="create-staff-heading">Add a staff member</h2>
      {created !== null && (
        <div ref={noticeRef} className="notice notice--success" tabIndex={-1} role="status">
          <p>
            Account created for <strong>{created}</strong>. Give them their password in person or by phone, not by email.
          </p>
        </div>
      )}
      {errors !== null && <ErrorSummary key={attempt} items={errors.summary} />}
      <Field id="email" label="Email address" error={errors?.byField.email}>
        {(control) => <input {...control} className="input" name="email" type="email" autoComplete="off" spellCheck={false} />}
      </Field>
      <Field id="name" label="Full name" error={errors?.byField.name}>
        {(control) => <input {...control} className="input" name="name" type="text" autoComplete="off" />}
      </Field>
      <Field id="role" label="Role" error={errors?.byField.role}>
        {(control) => (
          <select {...control} className="input input--short" name="role" defaultValue="clinician">
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="password"
        label="Password"
        hint={`At least ${minPasswordLength} characters and hard to guess: a passphrase of a few unrelated words works well.`}
        error={errors?.byField.password}
      >
        {(control) => <input {...control} className="input" name="password" type="password" autoComplete="new-password" />}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        Add staff member
      </button>
    </form>
  );
}
