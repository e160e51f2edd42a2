"use client";

import { useCallback, useRef, useState } from "react";

const importRest = () => import("./rest-of-intake");

/** The later steps, Check your answers, sending and the result: rest-of-intake.ts. */
export type RestOfIntake = Awaited<ReturnType<typeof importRest>>;

export type RestOfIntakeLoad =
  | { readonly status: "waiting" }
  | { readonly status: "loaded"; readonly rest: RestOfIntake }
  /** The chunk could not be fetched, even after the bundler's own retry. */
  | { readonly status: "failed" };

/**
 * Loads the rest of the intake at the first call of `start`. The flow calls it as soon as
 * the patient starts on the first step, so a phone downloads only that step to show the
 * page, and the next questions have arrived long before Continue is pressed.
 */
export function useRestOfIntake(): { load: RestOfIntakeLoad; start: () => void } {
  const [load, setLoad] = useState<RestOfIntakeLoad>({ status: "waiting" });
  const started = useRef(false);
  const start = useCallback(() => {
    if (started.current) return;
    started.current = true;
    importRest().then(
      (rest) => setLoad({ status: "loaded", rest }),
      () => setLoad({ status: "failed" }),
    );
  }, []);
  return { load, start };
}
