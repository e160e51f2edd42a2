import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/server/config";

describe("parseConfig", () => {
  it("gives the embedded demo's defaults when nothing is set", () => {
    expect(parseConfig({})).toEqual({
      nodeEnv: "development",
      databaseUrl: "file:./data/app.db",
      clinicName: "Demo Skin Clinic",
      clinicPhone: "020 7946 0000",
      reviewContactDays: 2,
      screeningPolicyFile: undefined,
      seedDemoAccounts: false,
      authSecret: expect.any(String),
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
    });
  });

  it("requires an auth secret in production", () => {
    expect(() => parseConfig({ NODE_ENV: "production" })).toThrow(/BETTER_AUTH_SECRET is required in production/);
    expect(() => parseConfig({ NODE_ENV: "production", BETTER_AUTH_SECRET: "short" })).toThrow(/at least 32 characters/);
  });

  it("treats an empty variable as unset", () => {
    expect(parseConfig({ CLINIC_NAME: "", REVIEW_CONTACT_DAYS: "" })).toMatchObject({
      clinicName: "Demo Skin Clinic",
      reviewContactDays: 2,
    });
  });

  it("reads every variable", () => {
    expect(
      parseConfig({
        DATABASE_URL: "file:/srv/clinic.db",
        CLINIC_NAME: "Riverside Skin Clinic",
        CLINIC_PHONE: "+44 (20) 7946-0123",
        REVIEW_CONTACT_DAYS: "5",
        SCREENING_POLICY_FILE: "/etc/clinic/policy.json",
        SEED_DEMO_ACCOUNTS: "true",
        NODE_ENV: "production",
        BETTER_AUTH_SECRET: "s".repeat(32),
        SESSION_IDLE_MINUTES: "15",
        SESSION_MAX_HOURS: "8",
      }),
    ).toEqual({
      nodeEnv: "production",
      databaseUrl: "file:/srv/clinic.db",
      clinicName: "Riverside Skin Clinic",
      clinicPhone: "+44 (20) 7946-0123",
      reviewContactDays: 5,
      screeningPolicyFile: "/etc/clinic/policy.json",
      seedDemoAccounts: true,
      authSecret: "s".repeat(32),
      sessionIdleMinutes: 15,
      sessionMaxHours: 8,
    });
  });

  it("names every malformed variable in one error", () => {
    const attempt = () =>
      parseConfig({ DATABASE_URL: "mysql://x", REVIEW_CONTACT_DAYS: "2.5", SEED_DEMO_ACCOUNTS: "yes", CLINIC_PHONE: "call us" });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.join("\n")).toMatch(/DATABASE_URL must start with "file:"/);
      expect(problems.join("\n")).toMatch(/REVIEW_CONTACT_DAYS must be a whole number/);
      expect(problems.join("\n")).toMatch(/SEED_DEMO_ACCOUNTS must be "true" or "false"/);
      expect(problems.join("\n")).toMatch(/CLINIC_PHONE must be a phone number/);
    }
  });
});
