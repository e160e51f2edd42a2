// A page with a heading, a paragraph and a link, and nothing else: the smallest first load
// Next.js serves, for bench:web to compare the app's pages with.
import Link from "next/link";

export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>The reference every page of the app is measured against.</p>
      <Link href="/">Home</Link>
    </main>
  );
}
