"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { Field } from "@/components/ui/Field";
import { sendJson } from "@/components/ui/send-json";
import { useJsonForm } from "@/components/ui/use-json-form";
import { MIN_PASSWORD_LENGTH, newStaffSchema, type NewStaff } from "@/lib/staff/schemas";
import { ROLE_LABELS, STAFF_ROLES } from "@/lib/vocabulary";

/**
 * An admin creates a staff account. The form checks what the server's schema checks; the
 * server also refuses a guessable password or a taken email, and its messages are shown
 * beside the fields the same way.
 */
export function CreateStaffUserForm() {
  const router = useRouter();
  const { form, summary, summaryKey, errorOf, refuse } = useJsonForm<NewStaff>({
    resolver: zodResolver(newStaffSchema),
    fields: ["email", "name", "role", "password"],
    defaultValues: { email: "", name: "", role: "clinician", password: "" },
  });
  const { register, handleSubmit, reset, formState } = form;
  const [created, setCreated] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (created !== null) noticeRef.current?.focus();
  }, [created]);

  async function create(account: NewStaff): Promise<void> {
    setCreated(null);
    const reply = await sendJson("/api/staff/users", "POST", account);
    if (reply.reached && reply.status === 201) {
      reset();
      setCreated(account.email);
      router.refresh();
      return;
    }
    refuse(reply);
  }

  return (
    <form noValidate onSubmit={handleSubmit(create)} aria-labelledby="create-staff-heading">
      <h2 id="create-staff-heading">Add a staff member</h2>
      {created !== null && (
        <div ref={noticeRef} className="notice notice--success" tabIndex={-1} role="status">
          <p>
            Account created for <strong>{created}</strong>. Give them their password in person or by phone, not by email.
          </p>
        </div>
      )}
      {summary.length > 0 && <ErrorSummary key={summaryKey} items={summary} />}
      <Field id="email" label="Email address" error={errorOf("email")}>
        {(control) => <input {...control} {...register("email")} className="input" type="email" autoComplete="off" spellCheck={false} />}
      </Field>
      <Field id="name" label="Full name" error={errorOf("name")}>
        {(control) => <input {...control} {...register("name")} className="input" type="text" autoComplete="off" />}
      </Field>
      <Field id="role" label="Role" error={errorOf("role")}>
        {(control) => (
          <select {...control} {...register("role")} className="input input--short">
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
        hint={`At least ${MIN_PASSWORD_LENGTH} characters and hard to guess: a passphrase of a few unrelated words works well.`}
        error={errorOf("password")}
      >
        {(control) => <input {...control} {...register("password")} className="input" type="password" autoComplete="new-password" />}
      </Field>
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        Add staff member
      </button>
    </form>
  );
}
