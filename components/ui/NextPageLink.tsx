import Link from "next/link";

interface NextPageLinkProps {
  /** The next page, or null on the last one. */
  nextHref: string | null;
  /** The first page, when this is a later one. */
  firstHref: string | null;
}

/** Cursor pages only go forward; "First page" gets back to the start. */
export function NextPageLink({ nextHref, firstHref }: NextPageLinkProps) {
  if (nextHref === null && firstHref === null) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {firstHref !== null && <Link href={firstHref}>First page</Link>}
      {nextHref !== null && (
        <Link href={nextHref} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}
