import { DateTime } from "@/components/ui/DateTime";
import type { SignInLock } from "@/lib/staff/types";
import { ClearSignInLockButton } from "./ClearSignInLockButton";

const KIND_LABELS: Record<SignInLock["kind"], string> = {
  account: "One account, from one address",
  address: "Every account, from one address",
};

/** Sign-in locks in force, each with a button that ends it. */
export function SignInLocksTable({ locks }: { locks: readonly SignInLock[] }) {
  return (
    <section aria-labelledby="sign-in-locks">
      <h2 id="sign-in-locks">Sign-in locks</h2>
      <p>
        After too many wrong passwords, sign-in is refused for a while from that address only: for one account, or for every
        account. Clear a lock when you know who it is, for example a colleague who mistyped.
      </p>
      {locks.length === 0 ? (
        <p>No sign-in is locked now.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="table__caption">Locks in force, longest first</caption>
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">Lock</th>
                <th scope="col">Until</th>
                <th scope="col">Clear</th>
              </tr>
            </thead>
            <tbody>
              {locks.map((lock) => (
                <tr key={lock.id}>
                  <th scope="row">{lock.who}</th>
                  <td>{KIND_LABELS[lock.kind]}</td>
                  <td>
                    <DateTime iso={lock.until} />
                  </td>
                  <td>
                    <ClearSignInLockButton lock={lock} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
