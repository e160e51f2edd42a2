import type { NextConfig } from "next";

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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
