"use client";

import { useEffect } from "react";

/** Asks the browser to confirm before leaving, since the answers exist nowhere but this page. */
export function useBeforeUnload(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const warn = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
      // Older Safari and Chrome show the prompt only when `returnValue` is set.
      event.returnValue = true;
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [enabled]);
}
