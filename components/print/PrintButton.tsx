"use client";

/** Opens the browser's print dialog; the page's print stylesheet does the rest. */
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
