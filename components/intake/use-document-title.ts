"use client";

import { useEffect } from "react";

/** The tab title names the step, so screen reader users and people with many tabs know where they are. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
