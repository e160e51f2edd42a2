// What a benchmark started (servers, browsers, temporary folders) is undone however the run
// ends: on success, on an error, or on Ctrl-C. Each step runs once, the latest first.

type Step = () => unknown;

const steps: Step[] = [];
let cleaning: Promise<void> | undefined;
let interrupted = false;

async function runStep(step: Step): Promise<void> {
  try {
    await step();
  } catch (error) {
    process.stderr.write(`Clean-up step failed: ${String(error)}\n`);
  }
}

/** Registers a step to run at clean-up: stop a server, delete a folder. */
export function onCleanup(step: Step): void {
  if (cleaning === undefined) steps.push(step);
  // Clean-up has begun (a server was still starting when Ctrl-C came): undo this one too.
  else void cleaning.then(() => runStep(step));
}

/** Runs every registered step, latest first; a failing step does not stop the others. */
export function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (let step = steps.pop(); step !== undefined; step = steps.pop()) await runStep(step);
  })();
  return cleaning;
}

/** Whether the run was stopped by Ctrl-C or SIGTERM, so that what failed because of it need not be reported. */
export function wasInterrupted(): boolean {
  return interrupted;
}

/**
 * On Ctrl-C (or SIGTERM), stops what the run started; the run then fails where it waited and
 * ends once everything is cleaned up. Repeated signals do not cut the clean-up short: npm and
 * tsx each pass Ctrl-C on again.
 */
export function cleanUpOnSignals(): void {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.on(signal, () => {
      if (!interrupted) process.stderr.write(`\n${signal}: stopping servers and deleting temporary folders…\n`);
      interrupted = true;
      process.exitCode = code;
      void cleanUp();
    });
  }
}
