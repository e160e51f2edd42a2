import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/server/http/api-error";
import { handleApiRequest } from "@/lib/server/http/respond";
import { log } from "@/lib/server/log";

describe("handleApiRequest", () => {
  afterEach(() => vi.restoreAllMocks());

  it("answers an ApiError with its contract status and body", async () => {
    const response = await handleApiRequest("test", async () => {
      throw new ApiError("rate_limited", undefined, 30);
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toEqual({ error: "rate_limited" });
  });

  it("answers anything else with a bare 500, and logs no message or stack", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const secret = "Ada Lovelace, born 1990-04-27";
    const response = await handleApiRequest("test", async () => {
      throw new TypeError(`cannot store ${secret}`);
    });

    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: "internal" });
    expect(logged).toHaveBeenCalledOnce();
    const written = JSON.stringify(logged.mock.calls);
    expect(written).toContain("TypeError");
    expect(written).not.toContain("Lovelace");
    expect(written).not.toContain("    at ");
  });
});
