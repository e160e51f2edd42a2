import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "@/lib/server/config";

/** 32 bytes in base64, as `openssl rand -base64 32` prints them. */
const DRAFT_KEY = Buffer.alloc(32, 7).toString("base64");

describe("parseConfig", () => {
  it("gives the embedded demo's defaults when nothing is set", () => {
    expect(parseConfig({})).toEqual({
      nodeEnv: "development",
      databaseUrl: "file:./data/app.db",
      databasePoolSize: 10,
      databaseStatementTimeoutMs: 15_000,
      clinicName: "Demo Skin Clinic",
      clinicPhone: "020 7946 0000",
      reviewContactDays: 2,
      clinicTimeZone: "UTC",
      screeningPolicyFile: undefined,
      privacyNoticeFile: undefined,
      bookingUrl: undefined,
      seedDemoAccounts: true,
      authSecret: expect.any(String),
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
      appUrl: undefined,
      trustProxyHops: 0,
      draftEncryptionKey: undefined,
      draftTtlDays: 7,
      heapGrowthPercent: 100,
      rateLimits: {
        submissionsPerMinute: 30,
        submissionsPerDay: 300,
        assessmentsPerMinute: 120,
        draftsPerMinute: 20,
        signInMaxFailures: 5,
        signInMaxFailuresPerAddress: 20,
        signInLockSeconds: 15 * 60,
      },
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
        DATABASE_URL: "postgresql://clinic:secret@db.clinic.example:5432/screening?sslmode=require&schema=app",
        DATABASE_POOL_SIZE: "20",
        DATABASE_STATEMENT_TIMEOUT_MS: "5000",
        CLINIC_NAME: "Riverside Skin Clinic",
        CLINIC_PHONE: "+44 (20) 7946-0123",
        REVIEW_CONTACT_DAYS: "5",
        CLINIC_TIME_ZONE: "Australia/Sydney",
        SCREENING_POLICY_FILE: "/etc/clinic/policy.json",
        PRIVACY_NOTICE_FILE: "/etc/clinic/privacy.md",
        BOOKING_URL: "https://Book.Clinic.Example/microneedling?service=consultation",
        SEED_DEMO_ACCOUNTS: "true",
        NODE_ENV: "production",
        BETTER_AUTH_SECRET: "s".repeat(32),
        SESSION_IDLE_MINUTES: "15",
        SESSION_MAX_HOURS: "8",
        APP_URL: "HTTPS://Screening.Clinic.Example",
        TRUST_PROXY_HOPS: "2",
        RATE_LIMIT_SUBMISSIONS_PER_MINUTE: "10",
        RATE_LIMIT_SUBMISSIONS_PER_DAY: "100",
        RATE_LIMIT_ASSESSMENTS_PER_MINUTE: "60",
        RATE_LIMIT_DRAFTS_PER_MINUTE: "40",
        DRAFT_ENCRYPTION_KEY: DRAFT_KEY,
        DRAFT_TTL_DAYS: "30",
        SIGN_IN_MAX_FAILURES: "3",
        SIGN_IN_MAX_FAILURES_PER_ADDRESS: "10",
        SIGN_IN_LOCK_MINUTES: "30",
        HEAP_GROWTH_PERCENT: "150",
      }),
    ).toEqual({
      nodeEnv: "production",
      databaseUrl: "postgresql://clinic:secret@db.clinic.example:5432/screening?sslmode=require&schema=app",
      databasePoolSize: 20,
      databaseStatementTimeoutMs: 5000,
      clinicName: "Riverside Skin Clinic",
      clinicPhone: "+44 (20) 7946-0123",
      reviewContactDays: 5,
      clinicTimeZone: "Australia/Sydney",
      screeningPolicyFile: "/etc/clinic/policy.json",
      privacyNoticeFile: "/etc/clinic/privacy.md",
      bookingUrl: "https://book.clinic.example/microneedling?service=consultation",
      seedDemoAccounts: true,
      authSecret: "s".repeat(32),
      sessionIdleMinutes: 15,
      sessionMaxHours: 8,
      appUrl: "https://screening.clinic.example/",
      trustProxyHops: 2,
      draftEncryptionKey: Buffer.from(DRAFT_KEY, "base64"),
      draftTtlDays: 30,
      heapGrowthPercent: 150,
      rateLimits: {
        submissionsPerMinute: 10,
        submissionsPerDay: 100,
        assessmentsPerMinute: 60,
        draftsPerMinute: 40,
        signInMaxFailures: 3,
        signInMaxFailuresPerAddress: 10,
        signInLockSeconds: 30 * 60,
      },
    });
  });

  it("names every malformed variable in one error", () => {
    const attempt = () =>
      parseConfig({ DATABASE_URL: "mysql://x", REVIEW_CONTACT_DAYS: "2.5", SEED_DEMO_ACCOUNTS: "yes", CLINIC_PHONE: "call us", DATABASE_POOL_SIZE: "0" });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(5);
      expect(problems.join("\n")).toMatch(/DATABASE_URL must be an SQLite file such as file:.*or a PostgreSQL URL/);
      expect(problems.join("\n")).toMatch(/DATABASE_POOL_SIZE must be at least 1/);
      expect(problems.join("\n")).toMatch(/REVIEW_CONTACT_DAYS must be a whole number/);
      expect(problems.join("\n")).toMatch(/SEED_DEMO_ACCOUNTS must be "true" or "false"/);
      expect(problems.join("\n")).toMatch(/CLINIC_PHONE must be a phone number/);
    }
  });

  it("takes an http or https APP_URL, and nothing else", () => {
    expect(parseConfig({ APP_URL: "http://192.168.1.20:3000" }).appUrl).toBe("http://192.168.1.20:3000/");
    for (const url of ["screening.clinic.example", "ftp://clinic.example", "javascript:alert(1)"]) {
      expect(() => parseConfig({ APP_URL: url })).toThrow(/APP_URL must be the address the app is served at, an http\(s\) URL/);
    }
  });

  describe("email", () => {
    const MAIL = { SMTP_URL: "smtp://user:pass@mail.clinic.example:587", MAIL_FROM: "screening@clinic.example", APP_URL: "https://screening.clinic.example" };

    it("is off without SMTP_URL and MAIL_FROM, and on with both, with the defaults", () => {
      expect(parseConfig({}).mail).toBeUndefined();
      expect(parseConfig({ SMTP_URL: "", MAIL_FROM: "" }).mail).toBeUndefined();
      expect(parseConfig(MAIL).mail).toEqual({
        smtpUrl: "smtp://user:pass@mail.clinic.example:587",
        from: "screening@clinic.example",
        reviewAlertEmails: undefined,
        appUrl: "https://screening.clinic.example/",
        alertIntervalMinutes: 15,
        maxAttempts: 8,
        retrySeconds: 30,
        retryMaxSeconds: 60 * 60,
        pollSeconds: 5,
        sendTimeoutSeconds: 60,
        retentionDays: 30,
      });
    });

    it("reads every mail variable", () => {
      expect(
        parseConfig({
          ...MAIL,
          SMTP_URL: "smtps://mail.clinic.example",
          MAIL_FROM: "Riverside Skin Clinic <screening@clinic.example>",
          REVIEW_ALERT_EMAILS: " a@clinic.example, b@clinic.example ,",
          MAIL_ALERT_INTERVAL_MINUTES: "30",
          MAIL_MAX_ATTEMPTS: "3",
          MAIL_RETRY_SECONDS: "10",
          MAIL_RETRY_MAX_MINUTES: "5",
          MAIL_POLL_SECONDS: "2",
          MAIL_SEND_TIMEOUT_SECONDS: "20",
          MAIL_RETENTION_DAYS: "7",
        }).mail,
      ).toEqual({
        smtpUrl: "smtps://mail.clinic.example",
        from: "Riverside Skin Clinic <screening@clinic.example>",
        reviewAlertEmails: ["a@clinic.example", "b@clinic.example"],
        appUrl: "https://screening.clinic.example/",
        alertIntervalMinutes: 30,
        maxAttempts: 3,
        retrySeconds: 10,
        retryMaxSeconds: 5 * 60,
        pollSeconds: 2,
        sendTimeoutSeconds: 20,
        retentionDays: 7,
      });
    });

    it("needs SMTP_URL and MAIL_FROM together, and APP_URL for the queue link", () => {
      expect(() => parseConfig({ SMTP_URL: MAIL.SMTP_URL, APP_URL: MAIL.APP_URL })).toThrow(/MAIL_FROM is required when SMTP_URL is set/);
      expect(() => parseConfig({ MAIL_FROM: MAIL.MAIL_FROM })).toThrow(/SMTP_URL is required when MAIL_FROM is set/);
      expect(() => parseConfig({ SMTP_URL: MAIL.SMTP_URL, MAIL_FROM: MAIL.MAIL_FROM })).toThrow(/APP_URL is required when SMTP_URL is set/);
    });

    it("refuses a malformed mail setting with a message that names it and never repeats a password", () => {
      const bad = {
        SMTP_URL: "http://user:hunter2@mail.clinic.example",
        MAIL_FROM: "Clinic <not an address>",
        REVIEW_ALERT_EMAILS: "a@clinic.example, nobody",
        MAIL_ALERT_INTERVAL_MINUTES: "0",
        MAIL_MAX_ATTEMPTS: "many",
        MAIL_RETRY_SECONDS: "1.5",
        MAIL_RETRY_MAX_MINUTES: "0",
        MAIL_POLL_SECONDS: "-1",
        MAIL_SEND_TIMEOUT_SECONDS: "1",
        MAIL_RETENTION_DAYS: "0",
      };
      let problems: string[] = [];
      try {
        parseConfig({ ...MAIL, ...bad });
      } catch (error) {
        problems = (error as ConfigError).problems;
      }
      expect(problems).toHaveLength(Object.keys(bad).length);
      const text = problems.join("\n");
      expect(text).toMatch(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
      expect(text).toMatch(/MAIL_FROM must be an email address, or a name and an address/);
      expect(text).toMatch(/REVIEW_ALERT_EMAILS.* must be an email address/);
      expect(text).toMatch(/MAIL_ALERT_INTERVAL_MINUTES must be at least 1/);
      expect(text).toMatch(/MAIL_MAX_ATTEMPTS must be a whole number/);
      expect(text).toMatch(/MAIL_RETRY_SECONDS must be a whole number/);
      expect(text).toMatch(/MAIL_RETRY_MAX_MINUTES must be at least 1/);
      expect(text).toMatch(/MAIL_POLL_SECONDS must be at least 1/);
      expect(text).toMatch(/MAIL_SEND_TIMEOUT_SECONDS must be at least 5/);
      expect(text).toMatch(/MAIL_RETENTION_DAYS must be at least 1/);
      expect(text).not.toContain("hunter2");
      expect(() => parseConfig({ ...MAIL, REVIEW_ALERT_EMAILS: " , " })).toThrow(/REVIEW_ALERT_EMAILS must name at least one email address/);
    });
  });

  it("takes an https BOOKING_URL only, without a user name or password, and treats an empty one as unset", () => {
    expect(parseConfig({ BOOKING_URL: "" }).bookingUrl).toBeUndefined();
    expect(parseConfig({ BOOKING_URL: "https://clinic.example/book" }).bookingUrl).toBe("https://clinic.example/book");
    for (const url of ["http://clinic.example/book", "clinic.example/book", "javascript:alert(1)", "ftp://clinic.example", `https://clinic.example/${"a".repeat(2000)}`]) {
      expect(() => parseConfig({ BOOKING_URL: url }), url).toThrow(/BOOKING_URL must be/);
    }
    expect(() => parseConfig({ BOOKING_URL: "https://desk:secret@clinic.example/book" })).toThrow(/BOOKING_URL must not contain a user name or password/);
  });

  it("takes a DRAFT_ENCRYPTION_KEY of exactly 32 bytes in base64, and a DRAFT_TTL_DAYS of 1 to 90", () => {
    expect(parseConfig({ DRAFT_ENCRYPTION_KEY: ` ${DRAFT_KEY}\n` }).draftEncryptionKey).toEqual(Buffer.alloc(32, 7));
    expect(parseConfig({ DRAFT_ENCRYPTION_KEY: "" }).draftEncryptionKey).toBeUndefined();
    const short = Buffer.alloc(16).toString("base64");
    const long = Buffer.alloc(33).toString("base64");
    const notBase64 = "k".repeat(43) + "!";
    const hex = "ab".repeat(32);
    for (const key of [short, long, notBase64, hex, "secret"]) {
      expect(() => parseConfig({ DRAFT_ENCRYPTION_KEY: key })).toThrow(/DRAFT_ENCRYPTION_KEY must be 32 random bytes in base64, 44 characters \(try: openssl rand -base64 32\)/);
    }
    expect(parseConfig({ DRAFT_TTL_DAYS: "1" }).draftTtlDays).toBe(1);
    expect(parseConfig({ DRAFT_TTL_DAYS: "90" }).draftTtlDays).toBe(90);
    expect(() => parseConfig({ DRAFT_TTL_DAYS: "0" })).toThrow(/DRAFT_TTL_DAYS must be at least 1/);
    expect(() => parseConfig({ DRAFT_TTL_DAYS: "91" })).toThrow(/DRAFT_TTL_DAYS must be at most 90/);
    expect(() => parseConfig({ DRAFT_TTL_DAYS: "7.5" })).toThrow(/DRAFT_TTL_DAYS must be a whole number/);
    expect(() => parseConfig({ RATE_LIMIT_DRAFTS_PER_MINUTE: "0" })).toThrow(/RATE_LIMIT_DRAFTS_PER_MINUTE must be at least 1/);
  });

  it("takes a HEAP_GROWTH_PERCENT of 0 (V8's own) or 10 to 400", () => {
    expect(parseConfig({ HEAP_GROWTH_PERCENT: "0" }).heapGrowthPercent).toBe(0);
    expect(parseConfig({ HEAP_GROWTH_PERCENT: "10" }).heapGrowthPercent).toBe(10);
    expect(parseConfig({ HEAP_GROWTH_PERCENT: "400" }).heapGrowthPercent).toBe(400);
    expect(() => parseConfig({ HEAP_GROWTH_PERCENT: "9" })).toThrow(/HEAP_GROWTH_PERCENT must be 0 \(V8's own growth\) or at least 10/);
    expect(() => parseConfig({ HEAP_GROWTH_PERCENT: "-1" })).toThrow(/HEAP_GROWTH_PERCENT must be at least 0/);
    expect(() => parseConfig({ HEAP_GROWTH_PERCENT: "401" })).toThrow(/HEAP_GROWTH_PERCENT must be at most 400/);
    expect(() => parseConfig({ HEAP_GROWTH_PERCENT: "1e2x" })).toThrow(/HEAP_GROWTH_PERCENT must be a whole number/);
  });

  it("takes postgres:// and postgresql:// URLs that parse, and nothing else for a server", () => {
    expect(parseConfig({ DATABASE_URL: "postgres://u:p@localhost/db" }).databaseUrl).toBe("postgres://u:p@localhost/db");
    expect(() => parseConfig({ DATABASE_URL: "postgresql://" + "u:p@[bad" })).toThrow(/DATABASE_URL/);
    expect(() => parseConfig({ DATABASE_STATEMENT_TIMEOUT_MS: "50" })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS must be at least 100/);
  });

  it("takes a CLINIC_TIME_ZONE that Intl knows, in its own spelling, and names the problem otherwise", () => {
    expect(parseConfig({ CLINIC_TIME_ZONE: "America/Los_Angeles" }).clinicTimeZone).toBe("America/Los_Angeles");
    expect(parseConfig({ CLINIC_TIME_ZONE: " europe/london " }).clinicTimeZone).toBe("Europe/London");
    expect(parseConfig({ CLINIC_TIME_ZONE: "" }).clinicTimeZone).toBe("UTC");
    for (const name of ["Mars/Olympus", "PST8PDT/Nowhere", "GMT+25", "Europe/London; DROP"]) {
      expect(() => parseConfig({ CLINIC_TIME_ZONE: name })).toThrow(
        /CLINIC_TIME_ZONE must be a time zone's IANA name, such as Europe\/London or America\/Los_Angeles \(or UTC\)/,
      );
    }
  });
});
