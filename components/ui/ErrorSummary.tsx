"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import type { ErrorSummaryItem } from "./error-summary-items";

const CONTROLS = "input, textarea, select";
const INVALID_CONTROLS = 'input[aria-invalid="true"], textarea[aria-invalid="true"], select[aria-invalid="true"]';

function focusField(fieldId: string): void {
  const target = document.getElementById(fieldId);
  // In a group, the first control marked wrong: a date's month box when only the month is missing.
  const control =
    target?.matches(CONTROLS) === true
      ? target
      : (target?.querySelector<HTMLElement>(INVALID_CONTROLS) ?? target?.querySelector<HTMLElement>(CONTROLS));
  control?.focus();
}

/**
 * The GOV.UK error summary. It takes focus when it appears, so screen readers read the
 * problems at once; mount it again (a new `key`) to move focus back after another attempt.
 */
export function ErrorSummary({ items }: { items: readonly ErrorSummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  function follow(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
    // Focus the control itself (a fieldset is not focusable) and keep the URL free of fragments.
    event.preventDefault();
    focusField(fieldId);
  }

  return (
    <div ref={ref} className="error-summary" tabIndex={-1}>
      <h2 className="error-summary__title">There is a problem</h2>
      <ul>
        {items.map((item) => (
          <li key={item.fieldId}>
            <a href={`#${item.fieldId}`} onClick={(event) => follow(event, item.fieldId)}>
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
