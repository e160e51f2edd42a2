import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "lib/server/generated/**", "next-env.d.ts", "test-results/**", "tests/.tmp/**"],
  },
];

export default config;
