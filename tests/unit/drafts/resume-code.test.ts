import { describe, expect, it } from "vitest";
import { formatResumeCode, normaliseResumeCode, RESUME_CODE_ALPHABET } from "@/lib/drafts/resume-code";
import { hashResumeCode, newResumeCode } from "@/lib/server/drafts/resume-codes";

describe("newResumeCode", () => {
  it("draws 16 characters of Crockford's base 32 (80 bits), without I, L, O or U", () => {
    const codes = Array.from({ length: 2000 }, newResumeCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(RESUME_CODE_ALPHABET).toHaveLength(32);
    expect(RESUME_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it("uses every character of the alphabet, in every position", () => {
    const codes = Array.from({ length: 2000 }, newResumeCode);
    for (let position = 0; position < 16; position++) {
      expect(new Set(codes.map((code) => code[position])).size).toBe(32);
    }
  });
});

describe("formatResumeCode", () => {
  it("shows four groups of four", () => {
    expect(formatResumeCode("7K3P9QXAM2D5HT8C")).toBe("7K3P-9QXA-M2D5-HT8C");
    expect(formatResumeCode(newResumeCode())).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });
});

describe("normaliseResumeCode", () => {
  const canonical = "7K3P9QXAM2D5HT8C";

  it("takes the code as shown, in any case, with or without hyphens and spaces", () => {
    for (const typed of ["7K3P-9QXA-M2D5-HT8C", "7k3p-9qxa-m2d5-ht8c", "7K3P9QXAM2D5HT8C", " 7k3p 9qxa m2d5 ht8c ", "7K3P - 9QXA\tM2D5-HT8C"]) {
      expect(normaliseResumeCode(typed)).toBe(canonical);
    }
  });

  it("reads O as 0, and I and L as 1, as Crockford decodes them", () => {
    expect(normaliseResumeCode("OOOO-IIII-LLLL-oil1")).toBe("0000111111110111");
    expect(normaliseResumeCode(formatResumeCode("1010101010101010").replace(/0/g, "o").replace(/1/g, "l"))).toBe("1010101010101010");
  });

  it("refuses what cannot be a code: U, other letters and signs, too short or too long", () => {
    for (const typed of ["", "7K3P-9QXA-M2D5-HT8", "7K3P-9QXA-M2D5-HT8CC", "7K3P-9QXA-M2D5-HT8U", "7K3P_9QXA_M2D5_HT8C", "7K3P-9QXA-M2D5-HT8É", "MN-7K3P-9Q"]) {
      expect(normaliseResumeCode(typed)).toBeUndefined();
    }
  });

  it("gives back every drawn code as drawn, from the way it is shown", () => {
    for (let i = 0; i < 200; i++) {
      const code = newResumeCode();
      expect(normaliseResumeCode(formatResumeCode(code))).toBe(code);
      expect(normaliseResumeCode(formatResumeCode(code).toLowerCase())).toBe(code);
    }
  });
});

describe("hashResumeCode", () => {
  it("is an HMAC-SHA256 under the key: the same code and key give the same hash, another key another", () => {
    const key = Buffer.alloc(32, 1);
    const hash = hashResumeCode(key, "7K3P9QXAM2D5HT8C");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashResumeCode(key, "7K3P9QXAM2D5HT8C")).toBe(hash);
    expect(hashResumeCode(Buffer.alloc(32, 2), "7K3P9QXAM2D5HT8C")).not.toBe(hash);
    expect(hashResumeCode(key, "7K3P9QXAM2D5HT8D")).not.toBe(hash);
    expect(hash).not.toContain("7K3P");
  });
});
