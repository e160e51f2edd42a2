/**
 * In place of a step whose questions have not arrived yet: usually for a moment on a slow
 * connection, since they start loading when the patient starts the first step.
 */
export function NextStepPending({ failed }: { failed: boolean }) {
  if (!failed) return <p role="status">Loading the next questions…</p>;
  return (
    <div className="notice notice--error" role="alert">
      <p>We couldn&apos;t load the next questions. Check your connection, then reload this page to start again.</p>
    </div>
  );
}
