// Next.js 16's Turbopack otherwise takes the app's instrumentation.ts from the repository's
// root into this build, which checks the app's configuration at start-up: the bare app has
// none of its own.
export function register() {}
