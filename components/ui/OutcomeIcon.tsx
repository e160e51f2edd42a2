import type { Outcome } from "@/lib/vocabulary";

/** A different shape per outcome (tick, clock, pause), so the result never relies on colour alone. */
const shapes: Record<Outcome, string> = {
  eligible: "M7.5 12.5l3 3 6-6.5",
  needs_review: "M12 7v5l3.5 2",
  not_suitable: "M10 8.5v7M14 8.5v7",
};

/** Decorative: the heading next to it says the outcome in words. */
export function OutcomeIcon({ outcome }: { outcome: Outcome }) {
  return (
    <svg
      className="panel__icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.25"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <circle cx="12" cy="12" r="10" />
      <path d={shapes[outcome]} />
    </svg>
  );
}
