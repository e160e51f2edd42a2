import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { describe, expect, it } from "vitest";
import { describeError } from "@/lib/server/log";

describe("describeError", () => {
  it("gives an error's class and code, never its message", () => {
    const error = Object.assign(new Error("duplicate key: jane@example.com"), { code: "P2002" });
    expect(describeError(error)).toEqual({ errorName: "Error", errorCode: "P2002" });
    expect(describeError("boom")).toEqual({ errorName: "string" });
  });

  it("gives a driver adapter's error the kind of its cause as its code, and nothing the cause quotes", () => {
    const error = new DriverAdapterError({ kind: "UniqueConstraintViolation", constraint: { fields: ["email"] }, originalMessage: "Key (email)=(jane@example.com) already exists" });
    expect(describeError(error)).toEqual({ errorName: "DriverAdapterError", errorCode: "UniqueConstraintViolation" });
  });
});
