import Link from "next/link";

/**
 * Shown with status 404 for an address that leads nowhere, and for a submission that does
 * not exist (or that the address's id cannot name): in the clinic's own words and layout.
 */
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>Check the address. If you followed a link to a submission, it may have been typed or copied wrongly.</p>
      <p>
        <Link href="/">Go to the start page</Link>
      </p>
    </>
  );
}
