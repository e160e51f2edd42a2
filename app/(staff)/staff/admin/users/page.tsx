import type { Metadata } from "next";
import { CreateStaffUserForm } from "@/components/admin/CreateStaffUserForm";
import { SignInLocksTable } from "@/components/admin/SignInLocksTable";
import { StaffUsersTable } from "@/components/admin/StaffUsersTable";
import { StaffFrame } from "@/components/layout/StaffFrame";
import { listSignInLocks } from "@/lib/server/auth/sign-in-locks";
import { getDatabase } from "@/lib/server/db/client";
import { authorizePage } from "@/lib/server/pages";
import { getRateLimits } from "@/lib/server/rate-limits";
import { listStaffUsers } from "@/lib/server/staff/list-staff-users";

export const metadata: Metadata = { title: "Staff accounts" };

export const dynamic = "force-dynamic";

export default async function StaffUsersPage() {
  const staff = await authorizePage("staff.manage");
  const db = getDatabase();
  const [users, locks] = await Promise.all([listStaffUsers(db), listSignInLocks(db, getRateLimits())]);
  return (
    <StaffFrame staff={staff} current="users">
      <h1>Staff accounts</h1>
      <p>Disabling an account signs the person out everywhere at once. You cannot change your own account here.</p>
      <StaffUsersTable users={users} currentUserId={staff.id} />
      <CreateStaffUserForm />
      <SignInLocksTable locks={locks} />
    </StaffFrame>
  );
}
