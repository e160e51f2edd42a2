import { describe, expect, it } from "vitest";
import {
  BASELINE_HEADERS,
  newNonce,
  pageContentSecurityPolicy,
  pageSecurityHeaders,
  servedOverHttps,
  strictTransportSecurity,
} from "@/lib/server/http/security-headers";

const PRODUCTION = { development: false, https: false };

/** The policy as a map from directive to its sources, so a test names what it checks. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("pageContentSecurityPolicy", () => {
  it("runs only scripts with this response's nonce, or loaded by one", () => {
    const scripts = directives(pageContentSecurityPolicy("abc123==", PRODUCTION)).get("script-src");
    expect(scripts).toContain("'nonce-abc123=='");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("allows eval for React's development tooling under `next dev` only", () => {
    expect(directives(pageContentSecurityPolicy("n", { development: true, https: false })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("closes plugins, base URLs, framing and foreign form targets, and loads the rest from the app itself", () => {
    expect(Object.fromEntries(directives(pageContentSecurityPolicy("n", PRODUCTION)))).toMatchObject({
      "default-src": ["'self'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:", "blob:"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'none'"],
      "form-action": ["'self'"],
      "frame-ancestors": ["'none'"],
    });
  });

  it("upgrades sub-resources to https only when the app is served on https", () => {
    expect(directives(pageContentSecurityPolicy("n", PRODUCTION)).has("upgrade-insecure-requests")).toBe(false);
    expect(directives(pageContentSecurityPolicy("n", { development: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("pageSecurityHeaders", () => {
  it("gives a page its policy", () => {
    expect(pageSecurityHeaders("n", PRODUCTION)).toEqual({ "Content-Security-Policy": pageContentSecurityPolicy("n", PRODUCTION) });
  });

  it("sends Strict-Transport-Security only when the app is served on https", () => {
    const https = { development: false, https: true };
    expect(pageSecurityHeaders("n", https)["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(strictTransportSecurity(true)).toEqual({ "Strict-Transport-Security": "max-age=63072000; includeSubDomains" });
    expect(pageSecurityHeaders("n", PRODUCTION)).not.toHaveProperty("Strict-Transport-Security");
    expect(strictTransportSecurity(false)).toEqual({});
  });

  it("takes the app to be on https only when APP_URL says so", () => {
    expect(servedOverHttps("https://clinic.example")).toBe(true);
    expect(servedOverHttps("http://clinic.example")).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, the form Next.js reads back from the policy", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("BASELINE_HEADERS", () => {
  it("forbids sniffing, referrers, framing, and the camera, microphone and location", () => {
    expect(BASELINE_HEADERS).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "X-Frame-Options": "DENY",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    });
  });
});
