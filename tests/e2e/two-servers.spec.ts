import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { startPostgresql, type PostgresqlServer } from "@/scripts/embedded-postgresql";
import { intakeWith } from "@/tests/fixtures/intake";
import { startAppServer, type AppServer } from "./app-server";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, STAFF } from "./session";

// Two production servers from the same build, behind no proxy, on one PostgreSQL database:
// what a clinic runs behind a load balancer. Each server has its own process, its own
// connection pool and its own memory; only the database is shared.

test.describe.configure({ mode: "serial" });

let database: PostgresqlServer;
const servers: AppServer[] = [];
const contexts: APIRequestContext[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await startPostgresql({ durable: false });
  await database.query("CREATE DATABASE clinic");
  // Both at once, as after a deployment: they migrate in turn and both seed the demo staff.
  // The bursts below are load, not an attack, from one address: the limits are raised.
  const env = { DATABASE_URL: database.url("clinic"), RATE_LIMIT_SUBMISSIONS_PER_MINUTE: "1000", RATE_LIMIT_SUBMISSIONS_PER_DAY: "10000" };
  servers.push(...(await Promise.all([startAppServer(env), startAppServer(env)])));
  for (const server of servers) contexts.push(await playwrightRequest.newContext({ baseURL: server.url }));
});

test.afterAll(async () => {
  await Promise.all(contexts.map((context) => context.dispose()));
  for (const server of servers) server.stop();
  await database?.stop();
});

const count = async (sql: string): Promise<number> => Number((await database.query(sql, "clinic")).rows[0]?.count);

test("one idempotency key sent to both servers at once gives one record", async () => {
  const intake = intakeWith({ patient: { email: "once@example.com" } });
  const responses = await Promise.all(
    Array.from({ length: 10 }, (_, i) => contexts[i % 2]!.post("/api/submissions", { data: intake, headers: { "Idempotency-Key": "both-at-once" } })),
  );
  expect(responses.map((response) => response.status())).toEqual(Array(10).fill(201));
  const ids = new Set(await Promise.all(responses.map(async (response) => (await response.json()).id)));
  expect(ids.size).toBe(1);
  expect(await count(`SELECT count(*) FROM submissions WHERE "idempotencyKey" = 'both-at-once'`)).toBe(1);
});

test("a burst of submissions spread over both, each retried on the other, is stored once each", async () => {
  const burst = Array.from({ length: 40 }, (_, i) => ({ key: `burst-${i}`, intake: intakeWith({ patient: { email: `burst${i}@example.com` } }) }));
  const send = (i: number, server: number) =>
    contexts[server]!.post("/api/submissions", { data: burst[i]!.intake, headers: { "Idempotency-Key": burst[i]!.key } });
  const first = await Promise.all(burst.map((_, i) => send(i, i % 2)));
  const retried = await Promise.all(burst.map((_, i) => send(i, (i + 1) % 2)));
  for (const [i, response] of [...first, ...retried].entries()) expect(response.status(), `request ${i}`).toBe(201);
  const firstIds = await Promise.all(first.map(async (response) => (await response.json()).id));
  const retriedIds = await Promise.all(retried.map(async (response) => (await response.json()).id));
  expect(retriedIds).toEqual(firstIds);
  expect(await count(`SELECT count(*) FROM submissions WHERE "idempotencyKey" LIKE 'burst-%'`)).toBe(40);
});

test("a session from one server is accepted by the other, and a decision made on one is seen on the other", async () => {
  const signIn = await contexts[0]!.post("/api/auth/sign-in", { data: { email: STAFF.clinician, password: DEMO_PASSWORD } });
  expect(signIn.status()).toBe(200);
  const cookie = (await contexts[0]!.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const onSecond = (path: string) => contexts[1]!.get(path, { headers: { cookie } });

  const submitted = await contexts[0]!.post("/api/submissions", { data: intakeWith({ answers: { bloodThinners: "yes" } }) });
  const { id } = await submitted.json();
  expect((await onSecond(`/api/submissions/${id}`)).status()).toBe(200);

  const decided = await contexts[0]!.post(`/api/submissions/${id}/decision`, {
    data: { decision: "more_information_needed", note: "Which blood thinner, and what dose?" },
  });
  expect(decided.status()).toBe(201);
  const seen = await (await onSecond(`/api/submissions/${id}`)).json();
  expect(seen.decisions.map((decision: { decision: string }) => decision.decision)).toEqual(["more_information_needed"]);
});

test("failed sign-ins on both servers add up to one lockout", async () => {
  const attempt = (server: number, password: string) =>
    contexts[server]!.post("/api/auth/sign-in", { data: { email: STAFF.front_desk, password } });
  for (const server of [0, 1, 0, 1, 0]) expect((await attempt(server, "wrong password")).status()).toBe(401);
  const right = await attempt(1, DEMO_PASSWORD);
  expect(right.status()).toBe(429);
  expect(Number(right.headers()["retry-after"])).toBeGreaterThan(0);
});
