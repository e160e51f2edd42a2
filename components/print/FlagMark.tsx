/**
 * "Flagged", as a word beside a drawn flag: it reads the same in black and white and on
 * a printer with no symbol fonts.
 */
export function FlagMark({ reasons }: { reasons: readonly number[] }) {
  return (
    <span className="flag-mark">
      <svg className="flag-mark__icon" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
        <path d="M1.5 0.5v13" stroke="currentColor" strokeWidth="1.4" fill="none" />
        <path d="M2.2 1h8.6l-2.4 3.2 2.4 3.2H2.2z" fill="currentColor" />
      </svg>
      Flagged
      {reasons.length > 0 ? <span className="flag-mark__reasons"> ({reasons.length === 1 ? "reason" : "reasons"} {reasons.join(", ")})</span> : null}
    </span>
  );
}
