"use client";

import { useEffect } from "react";

/**
 * The tab title names the step, so screen reader users and people with many tabs know where
 * they are. Next.js writes the page's metadata title after hydration and after a client-side
 * navigation, which would undo ours, so it is put back whenever the head changes.
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const apply = (): void => {
      if (document.title !== title) document.title = title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
}
