import type { Metadata } from "next";
import { CreateStaffUserForm } from "@/components/staff/CreateStaffUserForm";
import { StaffFrame } from "@/components/staff/StaffFrame";
import { StaffUsersTable } from "@/components/staff/StaffUsersTable";
import { authorizePage } from "@/lib/server/auth/authorize-page";
import { MIN_PASSWORD_LENGTH } from "@/lib/server/auth/passwords";
import { getDatabase } from "@/lib/server/db/client";
import { listStaffUsers } from "@/lib/server/staff/list-staff-users";

export const metadata: Metadata = { title: "Staff accounts" };

export const dynamic = "force-dynamic";

export default async function StaffUsersPage() {
  const staff = await authorizePage("staff.manage");
  const users = await listStaffUsers(getDatabase());
  return (
    <StaffFrame staff={staff} current="users">
      <h1>Staff accounts</h1>
      <p>Disabling an account signs the person out everywhere at once. You cannot change your own account here.</p>
      <StaffUsersTable users={users} currentUserId={staff.userId} />
      <CreateStaffUserForm minPasswordLength={MIN_PASSWORD_LENGTH} />
    </StaffFrame>
  );
}
