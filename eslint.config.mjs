import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The server boundary (README, "Architecture"): pages and route handlers load, components
// render. Components, and the browser-safe part of lib/, never import server code or the
// generated Prisma client; what both sides need lives in browser-safe lib/.
const serverCode = {
  paths: [{ name: "server-only", message: "Only lib/server/ is server-only: load data in the page and pass it to the component as props." }],
  patterns: [
    {
      group: ["@/lib/server", "@/lib/server/**", "**/lib/server", "**/lib/server/**"],
      message: "Server code stays behind the page: load data in the page (or route) and pass it as props. Types and labels both sides need go in browser-safe lib/.",
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "lib/server/generated/**", "next-env.d.ts", "test-results/**", "tests/.tmp/**"],
  },
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/server/**"],
    rules: { "no-restricted-imports": ["error", serverCode] },
  },
];

export default config;
