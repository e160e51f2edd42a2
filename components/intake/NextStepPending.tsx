const LOADING = "Loading the next questions…";

/**
 * In place of a step whose questions have not arrived: a saved draft reopened on a later
 * step, until they come, or any later step when they could not be fetched. (Continue on the
 * first step waits for them instead, below the step: `ChecksPending`.)
 */
export function NextStepPending({ failed }: { failed: boolean }) {
  if (!failed) return <p role="status">{LOADING}</p>;
  return (
    <div className="notice notice--error" role="alert">
      <p>We couldn&apos;t load the next questions. Check your connection, then reload this page to start again.</p>
    </div>
  );
}

/**
 * Below a step whose Continue is waiting for the step checks (they come with the next
 * questions). Always rendered: a live region announces its words only if it already exists.
 */
export function ChecksPending({ waiting }: { waiting: boolean }) {
  return <p role="status">{waiting ? LOADING : ""}</p>;
}
