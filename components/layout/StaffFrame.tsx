import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { isAllowed } from "@/lib/staff/permissions";
import type { Actor } from "@/lib/staff/types";
import { ROLE_LABELS } from "@/lib/vocabulary";

export type StaffSection = "home" | "to-contact" | "users" | "audit";

interface StaffFrameProps {
  /** Who `authorizePage` found behind this very request. */
  staff: Pick<Actor, "name" | "role">;
  /** The section the page belongs to, marked as current in the navigation. */
  current?: StaffSection;
  children: ReactNode;
}

/**
 * The bar above every signed-in staff page: who is signed in, the sections their role may
 * open, and Sign out. Pages render it with their own session rather than a layout reading
 * one, so each request is authorized (and a refusal audited) exactly once, by the page.
 */
export function StaffFrame({ staff, current, children }: StaffFrameProps) {
  const sections: { id: StaffSection; href: string; label: string }[] = [
    { id: "home", href: "/staff", label: staff.role === "front_desk" ? "Search" : "Queue" },
    ...(isAllowed(staff.role, "followUp.contact") ? [{ id: "to-contact" as const, href: "/staff/to-contact", label: "To contact" }] : []),
    ...(isAllowed(staff.role, "staff.manage") ? [{ id: "users" as const, href: "/staff/admin/users", label: "Users" }] : []),
    ...(isAllowed(staff.role, "audit.read") ? [{ id: "audit" as const, href: "/staff/admin/audit", label: "Audit log" }] : []),
  ];
  return (
    <div className="staff-frame">
      <div className="staff-bar">
        <nav aria-label="Staff sections">
          <ul className="staff-bar__nav">
            {sections.map((section) => (
              <li key={section.id}>
                <Link href={section.href} aria-current={section.id === current ? "page" : undefined}>
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="staff-bar__user">
          <span>
            Signed in as <strong>{staff.name}</strong> ({ROLE_LABELS[staff.role]})
          </span>
          <SignOutButton />
        </div>
      </div>
      {children}
    </div>
  );
}
