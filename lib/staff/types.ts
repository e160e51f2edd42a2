import type { StaffRole } from "@/lib/vocabulary";

/**
 * The staff member behind a request, as `authorize()` returns it: every staff use case
 * takes one, and the audit log records its id, role and address.
 */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
  /** The client's address (see `clientAddress`), or null when unknown. */
  readonly ipAddress: string | null;
}

/** One staff account as the admin pages list it. */
export interface StaffUserRow {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: StaffRole;
  readonly disabled: boolean;
  readonly createdAt: string;
}

/** Sign-in attempts refused until `until`: for one account from one address, or from one address. */
export interface SignInLock {
  /** Opaque: what an admin sends back to clear it. */
  readonly id: string;
  readonly kind: "account" | "address";
  /** "email from address" for an account lock, the address for an address lock. */
  readonly who: string;
  readonly until: string;
}
