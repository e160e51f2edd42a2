import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/server/config";
import { draftKeys } from "@/lib/server/drafts/draft-keys";
import { openDraft, sealDraft } from "@/lib/server/drafts/sealed-draft";

const content = { patient: { firstName: "Jane", dateOfBirth: "1991-06-15" }, answers: { keloids: "yes" as const } };
const key = Buffer.alloc(32, 9);

describe("sealDraft and openDraft (AES-256-GCM)", () => {
  it("open what they sealed, for the same draft id and key", () => {
    const sealed = sealDraft(key, "draft-1", content);
    expect(sealed.iv).toHaveLength(12);
    expect(openDraft(key, "draft-1", sealed)).toEqual(content);
  });

  it("hold no plaintext, and draw a new IV for every write", () => {
    const first = sealDraft(key, "draft-1", content);
    const second = sealDraft(key, "draft-1", content);
    expect(Buffer.from(first.iv).equals(Buffer.from(second.iv))).toBe(false);
    expect(Buffer.from(first.ciphertext).equals(Buffer.from(second.ciphertext))).toBe(false);
    const bytes = Buffer.from(first.ciphertext).toString("latin1");
    for (const plain of ["Jane", "1991-06-15", "keloids", "dateOfBirth"]) expect(bytes).not.toContain(plain);
  });

  it("do not open under another key, for another draft's id, or once altered", () => {
    const sealed = sealDraft(key, "draft-1", content);
    expect(openDraft(Buffer.alloc(32, 8), "draft-1", sealed)).toBeUndefined();
    expect(openDraft(key, "draft-2", sealed)).toBeUndefined();
    const altered = Uint8Array.from(sealed.ciphertext);
    altered[0]! ^= 1;
    expect(openDraft(key, "draft-1", { iv: sealed.iv, ciphertext: altered })).toBeUndefined();
    expect(openDraft(key, "draft-1", { iv: sealed.iv, ciphertext: sealed.ciphertext.slice(0, 10) })).toBeUndefined();
    expect(openDraft(key, "draft-1", { iv: sealed.iv.slice(0, 8), ciphertext: sealed.ciphertext })).toBeUndefined();
  });
});

describe("draftKeys", () => {
  const secret = "s".repeat(32);

  it("derives both keys from the auth secret when DRAFT_ENCRYPTION_KEY is unset: 32 bytes each, different, and the same on every server", () => {
    const keys = draftKeys(parseConfig({ BETTER_AUTH_SECRET: secret }));
    expect(keys.encryption).toHaveLength(32);
    expect(keys.resumeCode).toHaveLength(32);
    expect(keys.encryption.equals(keys.resumeCode)).toBe(false);
    expect(keys.encryption.equals(Buffer.from(secret).subarray(0, 32))).toBe(false);
    expect(draftKeys(parseConfig({ BETTER_AUTH_SECRET: secret }))).toEqual(keys);
    expect(draftKeys(parseConfig({ BETTER_AUTH_SECRET: "t".repeat(32) })).encryption.equals(keys.encryption)).toBe(false);
  });

  it("seals with DRAFT_ENCRYPTION_KEY when it is set; the resume-code key still comes from the auth secret", () => {
    const configured = Buffer.alloc(32, 5);
    const keys = draftKeys(parseConfig({ BETTER_AUTH_SECRET: secret, DRAFT_ENCRYPTION_KEY: configured.toString("base64") }));
    expect(keys.encryption.equals(configured)).toBe(true);
    expect(keys.resumeCode).toEqual(draftKeys(parseConfig({ BETTER_AUTH_SECRET: secret })).resumeCode);
  });
});
