import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError, type AppErrorCode } from "@/lib/server/errors";
import { errorResponse, handleApiRequest } from "@/lib/server/http/respond";
import { log } from "@/lib/server/log";
import { PATIENT } from "@/tests/fixtures/intake";

// The contract's table (shared/spec/api.md, "Errors"), written out here rather than read
// from the app, so a changed mapping fails this test.
const CONTRACT: Record<AppErrorCode, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  idempotency_conflict: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
};
const CODES = Object.keys(CONTRACT) as AppErrorCode[];

describe("errorResponse", () => {
  it.each(CODES)("answers %s with its contract status and a body of the code alone", async (code) => {
    const response = errorResponse(new AppError(code));
    expect(response.status).toBe(CONTRACT[code]);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.has("retry-after")).toBe(false);
    expect(await response.json()).toEqual({ error: code });
  });

  it.each(CODES)("adds the issues to %s when it has some", async (code) => {
    const issues = [{ path: "email", message: "Enter an email address" }];
    const response = errorResponse(new AppError(code, { issues }));
    expect(response.status).toBe(CONTRACT[code]);
    expect(await response.json()).toEqual({ error: code, issues });
  });

  it("builds a 400 with its issues from AppError.invalid", async () => {
    const issues = [
      { path: "answers.keloids", message: "Select yes, no or I'm not sure" },
      { path: "", message: "The request body is not valid JSON." },
    ];
    const error = AppError.invalid(issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("invalid_request");
    const response = errorResponse(error);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid_request", issues });
  });
});

describe("handleApiRequest", () => {
  afterEach(() => vi.restoreAllMocks());

  it("passes the handler's own response through", async () => {
    const response = await handleApiRequest("test", async () => Response.json({ fine: true }, { status: 201 }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ fine: true });
  });

  it("answers an AppError with its contract status and body", async () => {
    const response = await handleApiRequest("test", async () => {
      throw new AppError("rate_limited", { retryAfterSeconds: 30 });
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toEqual({ error: "rate_limited" });
  });

  it.each(CODES)("maps a thrown %s to its contract status, logging nothing", async (code) => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const response = await handleApiRequest("test", async () => {
      throw new AppError(code);
    });
    expect(response.status).toBe(CONTRACT[code]);
    expect(await response.json()).toEqual({ error: code });
    expect(logged).not.toHaveBeenCalled();
  });

  it("answers anything else with a bare 500, and logs no message or stack", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const secret = `${PATIENT.firstName} ${PATIENT.lastName}, born ${PATIENT.dateOfBirth}`;
    const response = await handleApiRequest("test", async () => {
      throw new TypeError(`cannot store ${secret}`);
    });

    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: "internal" });
    expect(logged).toHaveBeenCalledOnce();
    const written = JSON.stringify(logged.mock.calls);
    expect(written).toContain("TypeError");
    expect(written).not.toContain(PATIENT.lastName);
    expect(written).not.toContain(PATIENT.dateOfBirth);
    expect(written).not.toContain("    at ");
  });
});
