import type { NextConfig } from "next";
import { BASELINE_HEADERS } from "./lib/server/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // forbidden() and unauthorized(): staff pages answer 403 and 401, not a redirect.
    authInterrupts: true,
    // The stylesheet (a few kB) comes inside the HTML: a phone paints the page as soon as the
    // HTML arrives, instead of waiting for a second request while the scripts load and run.
    inlineCss: true,
  },
  // Native and server-side packages are loaded by Node, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  // Lets proxy.ts see the request as sent. Without it, Next hides its router headers from the
  // proxy, which could then not refuse a malformed Next-Router-State-Tree (the renderer
  // throws on one: a 500). The flag's other effect, leaving /_next/data URLs and trailing
  // slashes unnormalised, concerns the Pages Router, which this app does not use.
  skipProxyUrlNormalize: true,
  // Every response, build output included; proxy.ts adds the content security policy.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(BASELINE_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
