import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/server/http/client-address";

const from = (forwardedFor: string | undefined, hops = 0) =>
  clientAddress(new Headers(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }), hops);

describe("the client's address", () => {
  it("is the socket's peer, which the server appends last, when no proxy is trusted", () => {
    expect(from("192.0.2.10")).toBe("192.0.2.10");
    expect(from("6.6.6.6, 192.0.2.10")).toBe("192.0.2.10");
  });

  it("is the address the trusted proxies received the request from, never what the client wrote", () => {
    expect(from("6.6.6.6, 198.51.100.7, 10.0.0.2", 1)).toBe("198.51.100.7");
    expect(from("6.6.6.6, 198.51.100.7, 10.0.0.3, 10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("is validated: text that is not an address, or more hops than the header has, gives none", () => {
    expect(from("not-an-address")).toBeNull();
    expect(from("192.0.2.10<script>")).toBeNull();
    expect(from("192.0.2.10", 1)).toBeNull();
    expect(from(undefined)).toBeNull();
    expect(from("")).toBeNull();
  });

  it("reads only the end of a huge header, so 4,000 characters of junk cannot reach the audit log", () => {
    expect(from(`${"x".repeat(4_000)}, 192.0.2.10`)).toBe("192.0.2.10");
    expect(from(`${"1".repeat(4_000)}`)).toBeNull();
  });

  it("writes an IPv4 client of a dual-stack socket as IPv4, and IPv6 in lower case", () => {
    expect(from("::ffff:192.0.2.10")).toBe("192.0.2.10");
    expect(from("2001:DB8::1")).toBe("2001:db8::1");
  });
});
