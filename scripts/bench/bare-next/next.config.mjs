// The reference for the benchmarks: a bare Next.js app, built and served from this folder
// with the project's own Next.js, measured in the same run as the real app.
/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "pg"],
};
export default nextConfig;
