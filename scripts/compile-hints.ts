// Run by `npm run build` after `next build`: marks the JavaScript that every page runs as it
// loads (the build manifest's rootMainFiles: React, Next.js's router and the bundler's
// runtime) with V8's explicit compile hint. Chrome (136 and later) then compiles those files
// on a background thread while they download, instead of on the main thread, one function at
// a time as each is first called. At Lighthouse's 4x CPU slowdown that was one task of about
// 300 ms after the first paint, during which a tap waits: Total Blocking Time fell from
// 160-200 ms to 10-30 ms on / and /intake (`npm run bench:web`). Other browsers read a
// comment. Only files that run on every load are marked: compiling the rest eagerly would
// spend work on functions that may never run.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** V8's magic comment: compile every function of this file while it loads. */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

function isScriptList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((file) => typeof file === "string" && file.endsWith(".js"));
}

/** Marks the root main files of the build in `distDir` (`.next`); returns the files marked now. */
export function addCompileHints(distDir: string): string[] {
  // With subresource integrity on, the pages would carry the hashes of the files as built,
  // and a browser would refuse every file changed here.
  if (existsSync(path.join(distDir, "server/subresource-integrity-manifest.json"))) {
    throw new Error("This build uses subresource integrity (experimental.sri): a compile hint would break every script it marks");
  }
  const { rootMainFiles: files } = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: unknown };
  if (!isScriptList(files)) throw new Error(`${distDir}/build-manifest.json lists no rootMainFiles scripts: is this a Next.js build?`);
  const marked: string[] = [];
  for (const file of files) {
    const chunk = path.join(distDir, file);
    const source = readFileSync(chunk, "utf8");
    // The hint counts only at the very start of the file; a second build step adds nothing.
    if (source.startsWith(COMPILE_HINT)) continue;
    writeFileSync(chunk, COMPILE_HINT + source);
    marked.push(file);
  }
  return marked;
}

if (process.argv[1] === import.meta.filename) {
  // Next.js's default build folder: next.config.ts does not move it.
  const distDir = path.resolve(import.meta.dirname, "../.next");
  const marked = addCompileHints(distDir);
  console.log(`Compile hints: ${marked.length === 0 ? "already on every root main file" : `added to ${marked.join(", ")}`}`);
}
