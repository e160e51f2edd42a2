"use client";

import { useEffect } from "react";
import { LEAVE_WARNING } from "./use-step-history";

/** A click on a link that would replace this page (not a new tab, a phone number or a download). */
function leavingLink(event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return false;
  if (link.target !== "" && link.target !== "_self") return false;
  // A link within this page (the error summary's, to a field) does not leave it.
  const samePage = link.origin === window.location.origin && link.pathname === window.location.pathname && link.search === window.location.search;
  return (link.protocol === "http:" || link.protocol === "https:") && !samePage;
}

/**
 * While the answers exist nowhere but this page, asks before anything replaces it: a reload,
 * closing the tab, typing an address (the browser's own prompt) or a link such as the clinic's
 * name in the header (ours, before Next.js's client-side navigation sees the click).
 * Back past the first step is guarded by `useStepHistory`.
 */
export function useLeaveGuard(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
      // Older Safari and Chrome show the prompt only when `returnValue` is set.
      event.returnValue = true;
    };
    const confirmLink = (event: MouseEvent): void => {
      if (!leavingLink(event) || window.confirm(LEAVE_WARNING)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", warn);
    // Capture on the document runs before React's listeners on its root, so a Next.js link never starts.
    document.addEventListener("click", confirmLink, { capture: true });
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", confirmLink, { capture: true });
    };
  }, [enabled]);
}
