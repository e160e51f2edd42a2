"use client";

import { useCallback, useRef, useState } from "react";

const importRest = () => import("./rest-of-intake");

/**
 * What rest-of-intake.ts holds: the step checks, their messages and the error summary, the
 * later steps, Check your answers, sending and the result.
 */
export type RestOfIntake = Awaited<ReturnType<typeof importRest>>;

export type RestOfIntakeLoad =
  | { readonly status: "waiting" }
  | { readonly status: "loaded"; readonly rest: RestOfIntake }
  /** The chunk could not be fetched, even after the bundler's own retry. */
  | { readonly status: "failed" };

/**
 * Loads the rest of the intake at the first call of `start` or `ready`. The flow calls
 * `start` as soon as the patient starts on the first step, so a phone downloads only that
 * step to show the page, and the rest (the step checks included) has arrived long before
 * Continue is pressed. `ready` resolves with it, or with undefined if it could not be fetched.
 */
export function useRestOfIntake(): { load: RestOfIntakeLoad; start: () => void; ready: () => Promise<RestOfIntake | undefined> } {
  const [load, setLoad] = useState<RestOfIntakeLoad>({ status: "waiting" });
  const loading = useRef<Promise<RestOfIntake | undefined>>(undefined);
  const ready = useCallback(
    () =>
      (loading.current ??= importRest().then(
        (rest) => {
          setLoad({ status: "loaded", rest });
          return rest;
        },
        () => {
          setLoad({ status: "failed" });
          return undefined;
        },
      )),
    [],
  );
  const start = useCallback(() => void ready(), [ready]);
  return { load, start, ready };
}
