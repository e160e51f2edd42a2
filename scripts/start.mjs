// `npm start`: serves the production build as `next start` does (the same arguments: a
// folder, the app's by default, and -p or PORT, -H, --keepAliveTimeout), with the
// configuration the build resolved instead of
// next.config.ts read again. `next start` compiles next.config.ts with Next's native SWC
// binding at every start (Node's own type stripping needs its experimental
// --experimental-next-config-strip-types, and a Node newer than 20): 25 MB of resident memory
// held for the server's life, and tens of milliseconds, for a file the build has already read
// (`npm run bench:submit`). A change to next.config.ts takes effect with the next build.
//
// This is what the server.js of Next's standalone output does, in place: that output runs
// from a copy of the app in .next/standalone, where a relative DATABASE_URL or policy file
// would resolve against another folder. Like that server.js, this rests on Next's internals
// (the variable below and start-server.js): tests/e2e/start-script.spec.ts, and every
// end-to-end test, served by `npm start`, fail if an upgrade changes them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

process.env.NEXT_PRIVATE_START_TIME ||= String(Date.now());
process.env.NODE_ENV ||= "production";

/** A one-line message and exit 1: nothing is served. */
function stop(message) {
  console.error(message);
  process.exit(1);
}

/** A whole number from 0 to `max`, if given. */
function wholeNumber(name, text, max) {
  if (text === undefined) return undefined;
  if (/^\d{1,10}$/.test(text) && Number(text) <= max) return Number(text);
  return stop(`${name} must be a whole number from 0 to ${max}, not "${text}".`);
}

const USAGE = "npm start takes a folder, -p PORT, -H HOSTNAME and --keepAliveTimeout MS, and nothing else (a debugger: NODE_OPTIONS=--inspect).";
let options;
let folders;
try {
  ({ values: options, positionals: folders } = parseArgs({
    allowPositionals: true,
    options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, keepAliveTimeout: { type: "string" } },
  }));
} catch (error) {
  stop(`${error.message}\n${USAGE}`);
}
if (folders.length > 1) stop(`Only one folder to serve, not ${folders.length}.\n${USAGE}`);
const port = wholeNumber("The port (-p or PORT)", options.port ?? process.env.PORT, 65535) ?? 3000;
const keepAliveTimeout = wholeNumber("--keepAliveTimeout", options.keepAliveTimeout, 2 ** 31 - 1);

// The app's folder by default, whatever folder this was started from (as `npm start` runs it
// there): the migrations, and a relative DATABASE_URL or file setting, are read from it.
const dir = path.resolve(folders[0] ?? path.join(import.meta.dirname, ".."));
let build;
try {
  build = readFileSync(path.join(dir, ".next/required-server-files.json"), "utf8");
} catch (error) {
  if (error.code !== "ENOENT") throw error;
  stop(`There is no production build to serve in ${dir}: run \`npm run build\` first.`);
}
process.chdir(dir);
const { config } = JSON.parse(build);
if (typeof config !== "object" || config === null) stop("The production build has no configuration: run `npm run build` again.");
// Next.js's loadConfig returns this, as the build validated it, instead of reading next.config.ts.
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

const { startServer } = await import("next/dist/server/lib/start-server.js");
await startServer({ dir, isDev: false, config, hostname: options.hostname, port, allowRetry: false, keepAliveTimeout });
