/** A drawn flag: the same in black and white and on a printer with no symbol fonts. */
export function FlagIcon() {
  return (
    <svg className="flag-icon" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
      <path d="M1.5 0.5v13" stroke="currentColor" strokeWidth="1.4" fill="none" />
      <path d="M2.2 1h8.6l-2.4 3.2 2.4 3.2H2.2z" fill="currentColor" />
    </svg>
  );
}

const reasonsText = (reasons: readonly number[]): string =>
  `(${reasons.length === 1 ? "reason" : "reasons"} ${reasons.join(", ")})`;

/** "Flagged" as a framed word beside the flag, for a flagged answer outside the flagged list. */
export function FlagMark({ reasons }: { reasons: readonly number[] }) {
  return (
    <span className="flag-mark">
      <FlagIcon />
      Flagged
      {reasons.length > 0 ? <span className="flag-mark__reasons"> {reasonsText(reasons)}</span> : null}
    </span>
  );
}

/** The numbers of the reasons an answer fired, after the answer. */
export function ReasonRefs({ reasons }: { reasons: readonly number[] }) {
  return <span className="reason-refs">{reasonsText(reasons)}</span>;
}
