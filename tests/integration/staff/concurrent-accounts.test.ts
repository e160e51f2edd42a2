import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/server/audit/audit-event";
import { createDatabaseClient } from "@/lib/server/db/client";
import { createStaffUser } from "@/lib/server/staff/create-staff-user";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "@/lib/server/staff/demo-accounts";

// Two clients with their own connections, as two app servers (or two processes) have.
const servers = [createDatabaseClient(process.env.DATABASE_URL!), createDatabaseClient(process.env.DATABASE_URL!)] as const;
afterAll(() => Promise.all(servers.map((server) => server.$disconnect())));

describe("staff accounts created at the same moment", () => {
  it("seed the demo accounts once when two servers start together", async () => {
    const [first, second] = await Promise.all(servers.map((server) => seedDemoAccounts(server)));
    expect([...first!, ...second!].sort()).toEqual(DEMO_ACCOUNTS.map((account) => account.email).sort());
    expect(await servers[0].user.count({ where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) } } })).toBe(3);
  });

  it("give one account and one clear refusal for the same email", async () => {
    const account = { email: "twice@clinic.example", name: "Twice", role: "clinician" as const, password: "plum tram violet hedgehog 42" };
    const results = await Promise.allSettled(servers.map((server) => createStaffUser(server, SYSTEM_ACTOR, account)));
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refusal = results.find((result): result is PromiseRejectedResult => result.status === "rejected")!.reason;
    expect(refusal).toMatchObject({ code: "invalid_request", details: { issues: [{ path: "email" }] } });
    expect(await servers[0].user.count({ where: { email: account.email } })).toBe(1);
    expect(await servers[0].account.count({ where: { user: { email: account.email } } })).toBe(1);
  });
});
