import type { StaffUserRow } from "@/lib/staff/types";
import { ROLE_LABELS } from "@/lib/vocabulary";
import { StaffUserActions } from "./StaffUserActions";

/** Every staff account with its role and status, and the controls to change them. */
export function StaffUsersTable({ users, currentUserId }: { users: readonly StaffUserRow[]; currentUserId: string }) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption">Staff accounts, active first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.name}
                {user.id === currentUserId && <span className="hint"> (you)</span>}
              </th>
              <td>{user.email}</td>
              <td>{ROLE_LABELS[user.role]}</td>
              <td>{user.disabled ? "Disabled" : "Active"}</td>
              <td>
                <StaffUserActions user={user} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
