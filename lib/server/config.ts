import { z } from "zod";
// Relative, not "@/": the Prisma CLI loads this file through prisma.config.ts, without the alias.
import { isTimeZone } from "../time-zone";

const DEFAULT_DATABASE_URL = "file:./data/app.db";

// An empty variable (`CLINIC_NAME=` in a .env file) means "not set", not "set to nothing".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema);

const POSTGRESQL_URL = /^postgres(?:ql)?:\/\//;

/** Whether a database URL names a PostgreSQL server (otherwise it is an SQLite file). */
export function isPostgresqlUrl(url: string): boolean {
  return POSTGRESQL_URL.test(url);
}

const databaseUrl = optional(
  z
    .string()
    .refine((url) => url.startsWith("file:") || (isPostgresqlUrl(url) && URL.canParse(url)), {
      message: 'must be an SQLite file such as file:./data/app.db, or a PostgreSQL URL such as postgresql://user:password@host:5432/db',
    })
    .default(DEFAULT_DATABASE_URL),
);

function wholeNumber(fallback: number, min: number, max: number) {
  const whole = { message: "must be a whole number" };
  return z.coerce
    .number(whole)
    .int(whole)
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` })
    .default(fallback);
}

// 32 bytes in base64 is 43 characters and one "=", as `openssl rand -base64 32` prints them.
const draftEncryptionKey = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9+/]{43}=$/, { message: "must be 32 random bytes in base64, 44 characters (try: openssl rand -base64 32)" })
  .transform((key) => Buffer.from(key, "base64"));

const EMAIL = z.email({ message: "must be an email address" });

// `smtp://user:pass@host:587` (STARTTLS when the server offers it) or `smtps://...` (TLS from
// the start). The message never repeats the value: it may hold the SMTP password.
const smtpUrl = z.string().trim().refine((url) => URL.canParse(url) && /^smtps?:$/.test(new URL(url).protocol), {
  message: "must be an smtp:// or smtps:// URL, for example smtp://user:password@mail.clinic.example:587",
});

// An address, or a display name and an address: `Riverside Skin Clinic <screening@clinic.example>`.
const mailFrom = z
  .string()
  .trim()
  .refine((from) => EMAIL.safeParse(/^[^<>]*<([^<>]+)>$/.exec(from)?.[1] ?? from).success, {
    message: "must be an email address, or a name and an address such as Riverside Skin Clinic <screening@clinic.example>",
  });

const emailList = z
  .string()
  .transform((list) => list.split(",").map((address) => address.trim()).filter((address) => address !== ""))
  .pipe(z.array(EMAIL, { message: "must be email addresses separated by commas" }).min(1, { message: "must name at least one email address" }).max(100, { message: "must name at most 100 addresses" }));

// Only for development and tests: a production server must be given its own secret.
const DEVELOPMENT_AUTH_SECRET = "development-only-secret-do-not-use-in-production";

const envSchema = z.object({
  NODE_ENV: optional(z.enum(["development", "production", "test"]).default("development")),
  DATABASE_URL: databaseUrl,
  DATABASE_POOL_SIZE: optional(wholeNumber(10, 1, 200)),
  DATABASE_STATEMENT_TIMEOUT_MS: optional(wholeNumber(15_000, 100, 10 * 60_000)),
  CLINIC_NAME: optional(z.string().trim().min(1).max(100).default("Demo Skin Clinic")),
  CLINIC_PHONE: optional(
    z
      .string()
      .trim()
      .regex(/^[0-9 +()-]{7,25}$/, { message: "must be a phone number, for example 020 7946 0000" })
      .default("020 7946 0000"),
  ),
  REVIEW_CONTACT_DAYS: optional(wholeNumber(2, 1, 30)),
  CLINIC_TIME_ZONE: optional(
    z
      .string()
      .trim()
      .refine(isTimeZone, { message: "must be a time zone's IANA name, such as Europe/London or America/Los_Angeles (or UTC)" })
      // The runtime's own spelling ("america/los_angeles" becomes "America/Los_Angeles"), as browsers know it too.
      .transform((name) => new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone)
      .default("UTC"),
  ),
  SCREENING_POLICY_FILE: optional(z.string().optional()),
  PRIVACY_NOTICE_FILE: optional(z.string().optional()),
  BOOKING_URL: optional(
    z
      // https only: the patient leaves the clinic's site for it, and nothing else is safe to send them to.
      .url({ protocol: /^https$/, message: "must be the clinic's online booking page, an https URL such as https://book.clinic.example/microneedling" })
      .max(2000, { message: "must be 2000 characters or fewer" })
      // Only once it is a URL: `new URL` throws on anything else.
      .pipe(
        z.string().refine((url) => new URL(url).username === "" && new URL(url).password === "", {
          message: "must not contain a user name or password",
        }),
      )
      .transform((url) => new URL(url).href)
      .optional(),
  ),
  BETTER_AUTH_SECRET: optional(
    z.string().min(32, { message: "must be at least 32 characters (try: openssl rand -base64 32)" }).optional(),
  ),
  SESSION_IDLE_MINUTES: optional(wholeNumber(30, 5, 24 * 60)),
  SESSION_MAX_HOURS: optional(wholeNumber(12, 1, 7 * 24)),
  TRUST_PROXY_HOPS: optional(wholeNumber(0, 0, 10)),
  RATE_LIMIT_SUBMISSIONS_PER_MINUTE: optional(wholeNumber(30, 1, 100_000)),
  RATE_LIMIT_SUBMISSIONS_PER_DAY: optional(wholeNumber(300, 1, 1_000_000)),
  RATE_LIMIT_ASSESSMENTS_PER_MINUTE: optional(wholeNumber(120, 1, 100_000)),
  RATE_LIMIT_DRAFTS_PER_MINUTE: optional(wholeNumber(20, 1, 100_000)),
  SIGN_IN_MAX_FAILURES: optional(wholeNumber(5, 1, 100)),
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: optional(wholeNumber(20, 1, 100_000)),
  SIGN_IN_LOCK_MINUTES: optional(wholeNumber(15, 1, 24 * 60)),
  DRAFT_ENCRYPTION_KEY: optional(draftEncryptionKey.optional()),
  DRAFT_TTL_DAYS: optional(wholeNumber(7, 1, 90)),
  SEED_DEMO_ACCOUNTS: optional(
    z
      .enum(["true", "false"], { message: 'must be "true" or "false"' })
      .transform((value) => value === "true")
      .optional(),
  ),
  APP_URL: optional(
    z
      .url({ protocol: /^https?$/, message: "must be the address the app is served at, an http(s) URL such as https://screening.clinic.example" })
      // `new URL` lowercases the scheme, so `HTTPS://...` counts as https too.
      .transform((url) => new URL(url).href)
      .optional(),
  ),
  SMTP_URL: optional(smtpUrl.optional()),
  MAIL_FROM: optional(mailFrom.optional()),
  REVIEW_ALERT_EMAILS: optional(emailList.optional()),
  MAIL_ALERT_INTERVAL_MINUTES: optional(wholeNumber(15, 1, 24 * 60)),
  MAIL_MAX_ATTEMPTS: optional(wholeNumber(8, 1, 50)),
  MAIL_RETRY_SECONDS: optional(wholeNumber(30, 1, 60 * 60)),
  MAIL_RETRY_MAX_MINUTES: optional(wholeNumber(60, 1, 7 * 24 * 60)),
  MAIL_POLL_SECONDS: optional(wholeNumber(5, 1, 60 * 60)),
  MAIL_SEND_TIMEOUT_SECONDS: optional(wholeNumber(60, 5, 60 * 60)),
  MAIL_RETENTION_DAYS: optional(wholeNumber(30, 1, 3650)),
  // 0 leaves the growth to V8; below 10, the server would collect all the time.
  HEAP_GROWTH_PERCENT: optional(wholeNumber(100, 0, 400).refine((percent) => percent === 0 || percent >= 10, { message: "must be 0 (V8's own growth) or at least 10" })),
});

export type Config = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string;
  /** PostgreSQL only: connections per app server, and how long one statement may run. */
  databasePoolSize: number;
  databaseStatementTimeoutMs: number;
  clinicName: string;
  clinicPhone: string;
  reviewContactDays: number;
  /**
   * The clinic's IANA time zone (lib/time-zone.ts): every date and time shown, "today", the
   * date filters and the date a patient's age is taken on are the clinic's.
   */
  clinicTimeZone: string;
  screeningPolicyFile: string | undefined;
  /** A Markdown file with the clinic's privacy notice (lib/server/privacy-notice.ts); unset: the default notice. */
  privacyNoticeFile: string | undefined;
  /** The clinic's online booking page, linked from the eligible result; unset: "call the clinic". */
  bookingUrl: string | undefined;
  seedDemoAccounts: boolean;
  authSecret: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** How many proxies in front of the app append to X-Forwarded-For (lib/server/http/client-address.ts). */
  trustProxyHops: number;
  rateLimits: RateLimitSettings;
  /**
   * The AES-256 key that seals saved drafts (lib/server/drafts/draft-keys.ts); unset, one is
   * derived from `authSecret`.
   */
  draftEncryptionKey: Buffer | undefined;
  /** Days a saved draft can be resumed after its last save. */
  draftTtlDays: number;
  /** Where the app is served; when it is https, browsers are told to use nothing else (HSTS). */
  appUrl: string | undefined;
  /** Email through the outbox (lib/server/mail); unset without SMTP_URL and MAIL_FROM: nothing is sent. */
  mail: MailSettings | undefined;
  /**
   * How far V8 lets the server's heap grow past what it held live after its last full
   * collection before collecting again, in percent (instrumentation.ts); 0: as V8 decides,
   * which under load on a machine with memory to spare is up to four times.
   */
  heapGrowthPercent: number;
};

/** How the outbox sends email, and to whom review alerts go. */
export type MailSettings = {
  /** May hold the SMTP password: never log it. */
  smtpUrl: string;
  from: string;
  /** Where review alerts go; unset: every active clinician's email. */
  reviewAlertEmails: string[] | undefined;
  /** The address the app is served at (APP_URL): alerts link to its review queue. */
  appUrl: string;
  /** At most one review alert per recipient in this many minutes; later arrivals wait for the next. */
  alertIntervalMinutes: number;
  maxAttempts: number;
  /** The first retry's delay; each further one doubles, up to `retryMaxSeconds`. */
  retrySeconds: number;
  retryMaxSeconds: number;
  pollSeconds: number;
  /** How long a claimed message is held by the sender that claimed it (the claim's lease). */
  sendTimeoutSeconds: number;
  /** Sent and given-up messages are deleted after this many days. */
  retentionDays: number;
};

/** Requests one client address may make, and sign-in failures before a lock (lib/server/rate-limits.ts). */
export type RateLimitSettings = {
  submissionsPerMinute: number;
  submissionsPerDay: number;
  assessmentsPerMinute: number;
  /** Saves and resumes of drafts, together. */
  draftsPerMinute: number;
  signInMaxFailures: number;
  signInMaxFailuresPerAddress: number;
  signInLockSeconds: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment once; throws a ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`),
    );
  }
  const vars = parsed.data;
  if (vars.NODE_ENV === "production" && vars.BETTER_AUTH_SECRET === undefined) {
    throw new ConfigError(["BETTER_AUTH_SECRET is required in production (try: openssl rand -base64 32)"]);
  }
  const mailProblems = [
    ...(vars.SMTP_URL !== undefined && vars.MAIL_FROM === undefined ? ["MAIL_FROM is required when SMTP_URL is set (the sender address of every email)"] : []),
    ...(vars.MAIL_FROM !== undefined && vars.SMTP_URL === undefined ? ["SMTP_URL is required when MAIL_FROM is set (set both to send email, or neither)"] : []),
    ...(vars.SMTP_URL !== undefined && vars.APP_URL === undefined ? ["APP_URL is required when SMTP_URL is set (review alerts link to the queue at that address)"] : []),
  ];
  if (mailProblems.length > 0) throw new ConfigError(mailProblems);
  const mail: MailSettings | undefined =
    vars.SMTP_URL === undefined || vars.MAIL_FROM === undefined || vars.APP_URL === undefined
      ? undefined
      : {
          smtpUrl: vars.SMTP_URL,
          from: vars.MAIL_FROM,
          reviewAlertEmails: vars.REVIEW_ALERT_EMAILS,
          appUrl: vars.APP_URL,
          alertIntervalMinutes: vars.MAIL_ALERT_INTERVAL_MINUTES,
          maxAttempts: vars.MAIL_MAX_ATTEMPTS,
          retrySeconds: vars.MAIL_RETRY_SECONDS,
          retryMaxSeconds: vars.MAIL_RETRY_MAX_MINUTES * 60,
          pollSeconds: vars.MAIL_POLL_SECONDS,
          sendTimeoutSeconds: vars.MAIL_SEND_TIMEOUT_SECONDS,
          retentionDays: vars.MAIL_RETENTION_DAYS,
        };
  return {
    nodeEnv: vars.NODE_ENV,
    databaseUrl: vars.DATABASE_URL,
    databasePoolSize: vars.DATABASE_POOL_SIZE,
    databaseStatementTimeoutMs: vars.DATABASE_STATEMENT_TIMEOUT_MS,
    clinicName: vars.CLINIC_NAME,
    clinicPhone: vars.CLINIC_PHONE,
    reviewContactDays: vars.REVIEW_CONTACT_DAYS,
    clinicTimeZone: vars.CLINIC_TIME_ZONE,
    screeningPolicyFile: vars.SCREENING_POLICY_FILE,
    privacyNoticeFile: vars.PRIVACY_NOTICE_FILE,
    bookingUrl: vars.BOOKING_URL,
    // The embedded demo (`npm run dev`) has them unless told otherwise; a production server
    // only when asked.
    seedDemoAccounts: vars.SEED_DEMO_ACCOUNTS ?? vars.NODE_ENV === "development",
    authSecret: vars.BETTER_AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
    sessionIdleMinutes: vars.SESSION_IDLE_MINUTES,
    sessionMaxHours: vars.SESSION_MAX_HOURS,
    trustProxyHops: vars.TRUST_PROXY_HOPS,
    rateLimits: {
      submissionsPerMinute: vars.RATE_LIMIT_SUBMISSIONS_PER_MINUTE,
      submissionsPerDay: vars.RATE_LIMIT_SUBMISSIONS_PER_DAY,
      assessmentsPerMinute: vars.RATE_LIMIT_ASSESSMENTS_PER_MINUTE,
      draftsPerMinute: vars.RATE_LIMIT_DRAFTS_PER_MINUTE,
      signInMaxFailures: vars.SIGN_IN_MAX_FAILURES,
      signInMaxFailuresPerAddress: vars.SIGN_IN_MAX_FAILURES_PER_ADDRESS,
      signInLockSeconds: vars.SIGN_IN_LOCK_MINUTES * 60,
    },
    draftEncryptionKey: vars.DRAFT_ENCRYPTION_KEY,
    draftTtlDays: vars.DRAFT_TTL_DAYS,
    appUrl: vars.APP_URL,
    mail,
    heapGrowthPercent: vars.HEAP_GROWTH_PERCENT,
  };
}

/** The database URL alone, for tools (the Prisma CLI) that need nothing else. */
export function databaseUrlFrom(env: Record<string, string | undefined>): string {
  const parsed = databaseUrl.safeParse(env.DATABASE_URL);
  if (!parsed.success) throw new ConfigError([`DATABASE_URL ${parsed.error.issues[0]?.message}`]);
  return parsed.data;
}

let cached: Config | undefined;

/** The process's configuration, read from the environment on first use. */
export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
