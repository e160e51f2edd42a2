import Link from "next/link";

/** Shown with status 401 when a staff page is opened without a live session. */
export default function Unauthorized() {
  return (
    <>
      <h1>Sign in to continue</h1>
      <p>This page is for clinic staff. You are not signed in, or your session has ended.</p>
      <p>
        <Link className="button" href="/staff/sign-in">
          Sign in
        </Link>
      </p>
    </>
  );
}
