import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { getConfig, type Config } from "@/lib/server/config";
import { databaseProvider, getDatabase, type Database } from "@/lib/server/db/client";
import { MAX_PASSWORD_LENGTH } from "@/lib/staff/credentials";
import { hashPassword, verifyPassword } from "./passwords";

/**
 * better-auth owns credentials and database sessions. It is only called from our own use
 * cases (no catch-all route is mounted), so that every sign-in passes the lockout and the
 * audit log, and nobody can sign themselves up.
 */
export function createAuth(db: Database, config: Config) {
  return betterAuth({
    appName: config.clinicName,
    secret: config.authSecret,
    database: prismaAdapter(db, { provider: databaseProvider(config.databaseUrl) }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      autoSignIn: false,
      // Strength is checked when an account is created (weakPasswordReason); here only the
      // bounds, so that the demo password still signs in.
      minPasswordLength: 1,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      additionalFields: {
        role: { type: "string", required: true, input: false },
        disabled: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    session: {
      // Idle expiry: each authorised request moves expiresAt forward (see staff-session.ts).
      expiresIn: config.sessionIdleMinutes * 60,
      disableSessionRefresh: true,
      cookieCache: { enabled: false },
    },
    // The per-account lockout in sign-in.ts replaces better-auth's per-IP limiter.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: config.nodeEnv === "production",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      database: { generateId: () => crypto.randomUUID() },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

let auth: Auth | undefined;

/** The process's better-auth instance, on the process's database. */
export function getAuth(): Auth {
  auth ??= createAuth(getDatabase(), getConfig());
  return auth;
}
