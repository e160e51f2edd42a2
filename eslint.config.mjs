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

// The patient's intake is the page a phone loads first (README, "A light intake page"): it
// checks answers with lib/questionnaire/step-check.ts, so neither the intake nor the
// questionnaire modules it loads may bring zod into the browser, not even through the
// questionnaire's index, which also exports the server's schemas. Types may still be imported.
const lightIntakeMessage = "The intake's browser code stays without zod: use lib/questionnaire/step-check.ts, and import questionnaire modules directly.";
const lightIntake = {
  paths: ["zod", "zod/mini", "@hookform/resolvers/zod", "@/lib/questionnaire"].map((name) => ({ name, message: lightIntakeMessage, allowTypeImports: true })),
  patterns: [{ group: ["**/questionnaire/schema", "**/questionnaire/field-schemas", "./schema", "./field-schemas"], message: lightIntakeMessage, allowTypeImports: true }],
};

// The sign-in page is the first every staff member loads: its form checks the two fields with
// lib/staff/credentials.ts, whose test holds it to the server's schema, and brings no zod.
const signInMessage = "The sign-in form stays without zod: check with lib/staff/credentials.ts (the server's schema is in lib/staff/schemas.ts).";
const lightSignIn = {
  paths: ["zod", "zod/mini", "@hookform/resolvers/zod", "@/lib/staff/schemas"].map((name) => ({ name, message: signInMessage, allowTypeImports: true })),
  patterns: [{ group: ["**/staff/schemas", "./schemas"], message: signInMessage, allowTypeImports: true }],
};

// better-auth holds about 10 MB of heap: only the staff's sign-in and sign-out routes load it
// with their modules. Everything else imports it when a staff request first needs it (see
// lib/server/auth/authorize.ts), so that a server taking only patients' submissions never
// holds it, not even through GET /api/submissions, whose module also serves their POST.
const lazyAuthMessage = "better-auth loads with the first staff request: import it with `await import()` where it is used (as lib/server/auth/authorize.ts does), or import only its types.";
const lazyAuth = {
  paths: [{ name: "better-auth", message: lazyAuthMessage, allowTypeImports: true }],
  patterns: [{ group: ["better-auth/*", "**/auth/better-auth", "./better-auth"], message: lazyAuthMessage, allowTypeImports: true }],
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ["**/.next/**", "lib/server/generated/**", "next-env.d.ts", "test-results/**", "tests/.tmp/**"],
  },
  {
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/server/**"],
    rules: { "no-restricted-imports": ["error", serverCode] },
  },
  {
    files: [
      "components/intake/**/*.{ts,tsx}",
      "lib/questionnaire/{answer-rules,calendar-date,date-parts,display,enable-when,lookup,messages,questions,step-check,step-order,types}.ts",
      "lib/drafts/resume-code.ts",
      "components/ui/{DateInput.tsx,error-summary-items.ts}",
      "lib/questionnaire/steps/**/*.ts",
    ],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", lightIntake] },
  },
  {
    // The sign-in form and everything it loads.
    files: [
      "components/auth/SignInForm.tsx",
      "lib/staff/credentials.ts",
      "components/ui/{use-json-form.ts,send-json.ts,ErrorSummary.tsx,error-summary-items.ts,Field.tsx,FieldError.tsx,field-attributes.ts}",
      "lib/issues.ts",
    ],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", lightSignIn] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "lib/server/**/*.ts", "instrumentation.ts", "proxy.ts"],
    ignores: ["app/api/auth/**", "lib/server/auth/better-auth.ts", "lib/server/generated/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", lazyAuth] },
  },
];

export default config;
