import type { ReactNode } from "react";
import Markdown, { type Components } from "react-markdown";

type Children = { children?: ReactNode };

// The page's own heading is the one h1: the notice's headings sit one level below it.
const headings: Components = {
  h1: ({ children }: Children) => <h2>{children}</h2>,
  h2: ({ children }: Children) => <h3>{children}</h3>,
  h3: ({ children }: Children) => <h4>{children}</h4>,
  h4: ({ children }: Children) => <h5>{children}</h5>,
  h5: ({ children }: Children) => <h6>{children}</h6>,
};

/**
 * The clinic's privacy notice, from Markdown, rendered on the server. HTML in the Markdown
 * is never rendered as HTML (react-markdown's default, kept on purpose: no rehype-raw): a
 * `<script>` or an `onerror` shows as the text it is, and `javascript:` links are removed.
 */
export function PrivacyNotice({ markdown }: { markdown: string }) {
  return (
    <div className="privacy-notice">
      <Markdown components={headings}>{markdown}</Markdown>
    </div>
  );
}
