// Runs in the browser before any page's code (Next.js `instrumentation-client`).
//
// Zod compiles object parsers with `new Function` where a page allows it, and checks whether
// it may by calling `Function("")` as the first `z.object()` is built. The pages' policy
// refuses eval (proxy.ts), so that check is a Content-Security-Policy violation on every staff
// page with a form. `jitless` skips it; a form's few fields parse as fast without.
// This is the object `z.config()` writes to: setting it directly keeps zod out of the pages
// that load none (the intake), where importing `z` here would add it.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;
