/** "Step 2 of 5" in words; the bar repeats it visually, so it is hidden from screen readers. */
export function Progress({ position, total }: { position: number; total: number }) {
  return (
    <div className="progress">
      <p className="progress__label">
        Step {position} of {total}
      </p>
      <div className="progress__bar" aria-hidden="true">
        <div className="progress__fill" style={{ width: `${(position / total) * 100}%` }} />
      </div>
    </div>
  );
}
