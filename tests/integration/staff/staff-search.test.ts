import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/staff/types";
import { getDatabase } from "@/lib/server/db/client";
import { saveStaffSearch, withSavedSearch } from "@/lib/server/submissions/staff-search";
import { DEMO_EMAILS, seedStaff } from "@/tests/integration/staff-sessions";

const db = getDatabase();
afterAll(() => db.$disconnect());

let clinician: Actor;
let frontDesk: Actor;
beforeAll(async () => {
  await seedStaff();
  const actor = async (email: string): Promise<Actor> => {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    return { id: user.id, name: user.name, role: user.role as Actor["role"], ipAddress: null };
  };
  clinician = await actor(DEMO_EMAILS.clinician);
  frontDesk = await actor(DEMO_EMAILS.front_desk);
});

describe("a staff search kept on the server", () => {
  it("comes back by its id, with the other filters from the URL, for the staff member who made it", async () => {
    const id = await saveStaffSearch(db, clinician, { q: "hopper", dateOfBirth: "1906-12-09" });
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await withSavedSearch(db, clinician, { search: id, tab: "all", from: "2026-11-01" })).toEqual({
      params: { tab: "all", from: "2026-11-01", q: "hopper", dateOfBirth: "1906-12-09" },
      searchId: id,
      expired: false,
    });
  });

  it("is refused to anyone else, after a day, and for an id it never made; details typed into the URL are ignored", async () => {
    const id = await saveStaffSearch(db, clinician, { q: "hopper", dateOfBirth: "" });
    const dayOld = await saveStaffSearch(db, clinician, { q: "hopper", dateOfBirth: "" }, new Date(Date.now() - 25 * 60 * 60_000));
    for (const [actor, searchId] of [[frontDesk, id], [clinician, dayOld], [clinician, "no-such-search"], [clinician, "a\u0000b"]] as const) {
      expect(await withSavedSearch(db, actor, { search: searchId, q: "typed", dateOfBirth: "1990-01-01" })).toEqual({ params: {}, searchId: undefined, expired: true });
    }
    expect(await withSavedSearch(db, clinician, { q: "typed" })).toEqual({ params: {}, searchId: undefined, expired: false });
  });

  it("keeps nothing for an empty search, drops text that cannot be stored, and cuts long text at a whole character", async () => {
    expect(await saveStaffSearch(db, clinician, { q: "", dateOfBirth: "" })).toBeUndefined();
    expect(await saveStaffSearch(db, clinician, { q: "a\u0000b", dateOfBirth: "" })).toBeUndefined();
    const id = await saveStaffSearch(db, clinician, { q: "😀".repeat(300), dateOfBirth: "" });
    const { params } = await withSavedSearch(db, clinician, { search: id });
    expect(params.q).toBe("😀".repeat(200));
  });
});
