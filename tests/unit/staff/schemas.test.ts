import { describe, expect, it } from "vitest";
import { validate } from "@/lib/issues";
import { newStaffSchema, staffChangeSchema } from "@/lib/staff/schemas";

const account = { email: "nurse@clinic.example", name: "Nia Nurse", role: "clinician", password: "plum tram violet hedgehog 42" };

describe("the staff forms' schemas, as the browser and the server both check them", () => {
  it("tidies an email before checking it: spaces around it go, capitals become small", () => {
    expect(validate(newStaffSchema, { ...account, email: "  Nurse@Clinic.EXAMPLE " })).toEqual({
      ok: true,
      data: { ...account, email: "nurse@clinic.example" },
    });
  });

  it("names each problem with its field", () => {
    const result = validate(newStaffSchema, { email: "nurse", name: " ", role: "wizard", password: "short" });
    expect(result.ok ? [] : result.issues.map((issue) => issue.path).sort()).toEqual(["email", "name", "password", "role"]);
  });

  it("asks a change for a role or a status, and nothing else", () => {
    expect(validate(staffChangeSchema, {}).ok).toBe(false);
    expect(validate(staffChangeSchema, { role: "admin", email: "x@y.z" }).ok).toBe(false);
    expect(validate(staffChangeSchema, { disabled: true }).ok).toBe(true);
  });
});
