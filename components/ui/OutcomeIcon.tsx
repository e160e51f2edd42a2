import type { Outcome } from "@/lib/vocabulary";

const paths = {
  tick: "M7.5 12.5l3 3 6-6.5",
  clock: "M12 7v5l3.5 2",
  pause: "M10 8.5v7M14 8.5v7",
  cross: "M8.5 8.5l7 7M15.5 8.5l-7 7",
} as const;

/** A different shape per outcome, so the result never relies on colour alone. */
const shapes: Record<Outcome, keyof typeof paths> = {
  eligible: "tick",
  needs_review: "clock",
  not_suitable: "pause",
};

/**
 * Decorative: the heading next to it says the outcome in words. `permanent`: "not suitable"
 * for good, a cross, where a pause would promise "not yet".
 */
export function OutcomeIcon({ outcome, permanent = false }: { outcome: Outcome; permanent?: boolean }) {
  const shape = outcome === "not_suitable" && permanent ? "cross" : shapes[outcome];
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
      data-shape={shape}
    >
      <circle cx="12" cy="12" r="10" />
      <path d={paths[shape]} />
    </svg>
  );
}
