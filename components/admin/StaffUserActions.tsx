"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { commonProblem, issuesOf, sendJson } from "@/components/ui/send-json";
import { staffChangeSchema, type StaffChange } from "@/lib/staff/schemas";
import type { StaffUserRow } from "@/lib/staff/types";
import { ROLE_LABELS, STAFF_ROLES } from "@/lib/vocabulary";

function doneMessage(change: StaffChange): string {
  if (change.role !== undefined) return `Role changed to ${ROLE_LABELS[change.role]}.`;
  return change.disabled ? "Account disabled: they are signed out everywhere." : "Account enabled.";
}

/** One account's role and status controls; the server's message (you cannot change yourself, say) shows beside them. */
export function StaffUserActions({ user }: { user: Pick<StaffUserRow, "id" | "name" | "role" | "disabled"> }) {
  const router = useRouter();
  const { register, handleSubmit } = useForm<StaffChange>({
    resolver: zodResolver(staffChangeSchema),
    defaultValues: { role: user.role },
  });
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const roleId = `role-${user.id}`;

  async function change(body: StaffChange): Promise<void> {
    setBusy(true);
    const reply = await sendJson(`/api/staff/users/${encodeURIComponent(user.id)}`, "PATCH", body);
    setBusy(false);
    if (reply.reached && reply.status === 200) {
      setMessage({ text: doneMessage(body), problem: false });
      router.refresh();
      return;
    }
    const issue = reply.reached && reply.status === 400 ? issuesOf(reply.body)[0] : undefined;
    setMessage({ text: issue?.message ?? commonProblem(reply), problem: true });
  }

  return (
    <div className="user-actions">
      <form className="user-actions__role" onSubmit={handleSubmit(({ role }) => change({ role }))}>
        <label className="visually-hidden" htmlFor={roleId}>
          Role of {user.name}
        </label>
        <select id={roleId} className="input input--short" {...register("role")}>
          {STAFF_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary button--small" disabled={busy}>
          Save role <span className="visually-hidden">of {user.name}</span>
        </button>
      </form>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={busy}
        onClick={() => void change({ disabled: !user.disabled })}
      >
        {user.disabled ? "Enable" : "Disable"} <span className="visually-hidden">{user.name}</span>
      </button>
      <p role="status" className={message?.problem ? "user-actions__message field__error" : "user-actions__message"}>
        {message?.text}
      </p>
    </div>
  );
}
