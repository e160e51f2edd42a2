import type { NextConfig } from "next";
import { API_CONTENT_SECURITY_POLICY, BASELINE_HEADERS } from "./lib/server/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // forbidden() and unauthorized(): staff pages answer 403 and 401, not a redirect.
    authInterrupts: true,
    // The stylesheet (a few kB) comes inside the HTML: a phone paints the page as soon as the
    // HTML arrives, instead of waiting for a second request while the scripts load and run.
    inlineCss: true,
    // Each route's code loads on its first request (tens of milliseconds, once), not all of
    // them before the first answer: a restarted server answers sooner, and a server that
    // only takes intakes never holds the staff pages in memory.
    preloadEntriesOnStart: false,
  },
  // Native and server-side packages are loaded by Node, not bundled. better-auth (0.5 MB)
  // and the password-strength dictionaries (2 MB) too: bundled, every route that touches a
  // staff session carried its own copy of them, each parsed at start-up.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "pg",
    "@prisma/adapter-pg",
    "@zxcvbn-ts/core",
    "@zxcvbn-ts/language-common",
    "@zxcvbn-ts/language-en",
    "better-auth",
  ],
  // Lets proxy.ts see the request as sent. Without it, Next hides its router headers from the
  // proxy, which could then not refuse a malformed Next-Router-State-Tree (the renderer
  // throws on one: a 500). The flag's other effect, leaving /_next/data URLs and trailing
  // slashes unnormalised, concerns the Pages Router, which this app does not use.
  skipProxyUrlNormalize: true,
  // Every response, build output included; proxy.ts adds each page's content security policy.
  async headers() {
    return [
      { source: "/:path*", headers: Object.entries(BASELINE_HEADERS).map(([key, value]) => ({ key, value })) },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
