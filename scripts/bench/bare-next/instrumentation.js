// Next.js 16's Turbopack otherwise takes the app's instrumentation.ts from the repository's
// root into this build, which checks the app's configuration at start-up: the bare app has
// none of its own. bench:submit may ask for the app's heap growth (HEAP_GROWTH_PERCENT),
// set the same way, to compare memory like for like.
export async function register() {
  const percent = process.env.BENCH_HEAP_GROWTH_PERCENT;
  if (process.env.NEXT_RUNTIME === "nodejs" && percent !== undefined) {
    (await import("node:v8")).setFlagsFromString(`--heap-growing-percent=${Number(percent)}`);
  }
}
