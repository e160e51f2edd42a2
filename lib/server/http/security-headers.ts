import { randomBytes } from "node:crypto";

// No `import "server-only"`: next.config.ts reads BASELINE_HEADERS and the API's policy at
// build time, outside Next's react-server build. Nothing here is secret.

/** Sent with every response, static files included (next.config.ts `headers()`). */
export const BASELINE_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  // Staff URLs name submissions: a link followed from a staff page must not carry them away.
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

/**
 * API responses are JSON or CSV, never a document: they may load nothing and be framed
 * nowhere. The same for every response under /api/, so next.config.ts sends it.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Whether the app is served on https, as the operator declared it (APP_URL). */
export function servedOverHttps(appUrl: string | undefined): boolean {
  return appUrl?.startsWith("https:") ?? false;
}

export type PolicyOptions = {
  /** `next dev`: React's development tooling evaluates strings (`eval`) to rebuild server stacks. */
  development: boolean;
  /** The app is served on https (APP_URL), so browsers may be told to use nothing else. */
  https: boolean;
};

/** An unguessable value for one page response; Next.js puts it on every script it renders. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/** The policy of one page: only scripts carrying this response's nonce, or loaded by one, run. */
export function pageContentSecurityPolicy(nonce: string, { development, https }: PolicyOptions): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonced bootstrap load its chunks; browsers that know it
    // ignore 'self', which only serves the few that do not.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // The stylesheet is inlined (next.config.ts `inlineCss`) and the intake's progress bar
    // sets its width in a style attribute, which no nonce can cover.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * Binds the host and its subdomains to https for two years, so only an operator who
 * declared https (APP_URL) may switch it on: with every page (proxy.ts) and API response
 * (lib/server/http/respond.ts).
 */
export function strictTransportSecurity(https: boolean): Record<string, string> {
  return https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {};
}

/** What proxy.ts adds to a page: the policy naming its nonce, and Strict-Transport-Security. */
export function pageSecurityHeaders(nonce: string, options: PolicyOptions): Record<string, string> {
  return { "Content-Security-Policy": pageContentSecurityPolicy(nonce, options), ...strictTransportSecurity(options.https) };
}
