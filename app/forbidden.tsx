import Link from "next/link";

/** Shown with status 403 when a signed-in staff member's role may not open a page. */
export default function Forbidden() {
  return (
    <>
      <h1>You don&apos;t have access to this page</h1>
      <p>Your role does not include this page. If you need it for your work, ask your clinic&apos;s administrator.</p>
      <p>
        <Link href="/staff">Go to your staff home page</Link>
      </p>
    </>
  );
}
