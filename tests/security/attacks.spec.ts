import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { startPostgresql, type PostgresqlServer } from "@/scripts/embedded-postgresql";
import { intakeWith } from "@/tests/fixtures/intake";
import { startAppServer, type AppServer } from "@/tests/e2e/app-server";
import { expect, test } from "@/tests/e2e/fixtures";
import { DEMO_PASSWORD, STAFF } from "@/tests/e2e/session";

// Each attack that issue 12 found against a production build, repeated against one with the
// default limits, printing what it got. The test plays the proxy in front of the server
// (TRUST_PROXY_HOPS=1): the address it puts last in X-Forwarded-For is the client's, so one
// test can be many clients. APP_URL is https, as a clinic's is, so HSTS is on. The database
// is PostgreSQL, where several app servers share the counters.

test.describe.configure({ mode: "serial" });

let database: PostgresqlServer;
let server: AppServer;
let http: APIRequestContext;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await startPostgresql({ durable: false });
  await database.query("CREATE DATABASE clinic");
  server = await startAppServer({ DATABASE_URL: database.url("clinic"), TRUST_PROXY_HOPS: "1", APP_URL: "https://clinic.example" });
  http = await playwrightRequest.newContext({ baseURL: server.url });
});

test.afterAll(async () => {
  await http?.dispose();
  server?.stop();
  await database?.stop();
});

const query = async <Row>(sql: string, values: unknown[] = []) => (await database.query(sql, "clinic", values)).rows as Row[];
const rows = async (table: string) => Number((await query<{ count: string }>(`SELECT count(*) AS count FROM ${table}`))[0]!.count);
const from = (client: string, headers: Record<string, string> = {}) => ({ "X-Forwarded-For": client, ...headers });
const tally = (statuses: number[]) =>
  Object.entries(statuses.reduce<Record<number, number>>((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {}))
    .map(([status, count]) => `${count} × ${status}`)
    .join(", ");
const signIn = (client: string, email: string, password: string) =>
  http.post("/api/auth/sign-in", { data: { email, password }, headers: from(client) }).then((response) => response.status());

test("a flood of 300 submissions from one client: the excess is refused and writes nothing; other clients are unaffected", async () => {
  const before = await rows("submissions");
  const started = performance.now();
  const statuses: number[] = [];
  // Twenty at a time, as fast as the server answers.
  for (let sent = 0; sent < 300; sent += 20) {
    const batch = Array.from({ length: 20 }, () => http.post("/api/submissions", { data: intakeWith(), headers: from("203.0.113.66") }));
    for (const response of await Promise.all(batch)) {
      statuses.push(response.status());
      if (response.status() === 429) {
        expect(await response.json()).toEqual({ error: "rate_limited" });
        expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const written = (await rows("submissions")) - before;
  const neighbour = await http.post("/api/submissions", { data: intakeWith(), headers: from("203.0.113.67") });
  console.log(`[flood] 300 submissions from one client in ${seconds.toFixed(1)} s: ${tally(statuses)}; rows written ${written}; another client: ${neighbour.status()}`);
  expect(statuses.filter((status) => status === 201)).toHaveLength(30);
  expect(statuses.filter((status) => status === 429)).toHaveLength(270);
  expect(written).toBe(30);
  expect(neighbour.status()).toBe(201);
});

test("30 wrong passwords at once: only the limit is checked, and the right one in a burst is refused", async () => {
  const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn("203.0.113.70", STAFF.clinician, `wrong-${i}`)));
  console.log(`[sign-in burst] 30 wrong passwords at once: ${tally(burst)} (401 = checked)`);
  expect(burst.filter((status) => status === 401)).toHaveLength(5);

  const wrong = Array.from({ length: 19 }, (_, i) => signIn("203.0.113.71", STAFF.front_desk, `wrong-${i}`));
  // The right one goes once the server has counted the others, while their passwords are
  // still being checked: before, the count came after the check, and it got in.
  const key = `sign-in-account:${STAFF.front_desk} from 203.0.113.71`;
  await expect.poll(async () => (await query<{ points: number }>(`SELECT points FROM rate_limits WHERE key = $1`, [key]))[0]?.points).toBe(19);
  const right = signIn("203.0.113.71", STAFF.front_desk, DEMO_PASSWORD);
  const mixed = await Promise.all([...wrong, right]);
  console.log(`[sign-in burst] 19 wrong and the right password in one burst: ${tally(mixed)}; the right one: ${await right}`);
  expect(await right).toBe(429);
});

test("nobody can lock a colleague out from elsewhere", async () => {
  const attacker = await Promise.all(Array.from({ length: 30 }, () => signIn("203.0.113.80", STAFF.admin, "guess")));
  const colleague = await signIn("198.51.100.80", STAFF.admin, DEMO_PASSWORD);
  console.log(`[lock-out] 30 guesses at the admin from one client (${tally(attacker)}); the admin from their own desk: ${colleague}`);
  expect(colleague).toBe(200);
});

test("guessing across accounts from one client stops at the per-address limit", async () => {
  const emails = Array.from({ length: 20 }, (_, i) => `staff${i}@demo.clinic`);
  const statuses: number[] = [];
  for (let round = 0; round < 4; round++) {
    statuses.push(...(await Promise.all(emails.map((email) => signIn("203.0.113.90", email, `guess-${round}`)))));
  }
  console.log(`[spray] 80 guesses across 20 accounts from one client: ${tally(statuses)} (401 = checked)`);
  expect(statuses.filter((status) => status === 401)).toHaveLength(20);
});

test("an unknown email answers like a known one, in the same time", async () => {
  const timed = async (client: string, email: string) => {
    const started = performance.now();
    const status = await signIn(client, email, "not the password");
    return { status, ms: performance.now() - started };
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const known: { status: number; ms: number }[] = [];
  const unknown: { status: number; ms: number }[] = [];
  // Interleaved, each from its own client so no limit is reached, after one warm-up each.
  for (let i = 0; i < 11; i++) {
    known.push(await timed(`198.51.100.${100 + i}`, STAFF.clinician));
    unknown.push(await timed(`198.51.100.${150 + i}`, `nobody${i}@demo.clinic`));
  }
  const [knownMs, unknownMs] = [median(known.slice(1).map((t) => t.ms)), median(unknown.slice(1).map((t) => t.ms))];
  console.log(`[enumeration] wrong password for a known email: ${knownMs.toFixed(0)} ms median; unknown email: ${unknownMs.toFixed(0)} ms median; statuses ${tally([...known, ...unknown].map((t) => t.status))}`);
  expect(new Set([...known, ...unknown].map((t) => t.status))).toEqual(new Set([401]));
  expect(unknownMs / knownMs).toBeGreaterThan(0.5);
  expect(unknownMs / knownMs).toBeLessThan(2);
});

test("the client's own X-Forwarded-For is never the stored address, and junk is never stored", async () => {
  const forged = `${"9".repeat(4_000)}, 6.6.6.6`;
  await signIn(`${forged}, 203.0.113.99`, "nobody@demo.clinic", "x");
  const [stored] = await query<{ ipAddress: string | null }>(`SELECT "ipAddress" FROM audit_events ORDER BY at DESC LIMIT 1`);
  console.log(`[address] a 4,000-character X-Forwarded-For from the client: stored address ${JSON.stringify(stored?.ipAddress)}`);
  expect(stored?.ipAddress).toBe("203.0.113.99");
});

test("malformed text and headers are a 400, never a 5xx", async () => {
  const loneSurrogate = JSON.stringify(intakeWith()).replace('"firstName":"', '"firstName":"\\ud800');
  const submission = await http.post("/api/submissions", { data: loneSurrogate, headers: from("203.0.113.120", { "Content-Type": "application/json" }) });
  const routerTree = await http.get("/intake", { headers: { RSC: "1", "Next-Router-State-Tree": "%E0%A4%A" } });
  console.log(`[malformed] a lone surrogate in a name: ${submission.status()}; a malformed Next-Router-State-Tree: ${routerTree.status()}`);
  expect(submission.status()).toBe(400);
  expect(routerTree.status()).toBe(400);
});

test("every response carries the security headers, HSTS included when APP_URL is https", async () => {
  for (const url of ["/", "/intake", "/staff/sign-in", "/api/health"]) {
    const headers = (await http.get(url)).headers();
    console.log(`[headers] ${url}: CSP ${headers["content-security-policy"] ? "yes" : "NO"}, HSTS ${headers["strict-transport-security"] ?? "NO"}`);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  }
});

test("a bad configuration stops `npm start` with the message and a non-zero exit, before it listens", async () => {
  const started = performance.now();
  const failure = await startAppServer({ DATABASE_URL: database.url("clinic"), BETTER_AUTH_SECRET: "" }).then(
    () => null,
    (error: Error) => error.message,
  );
  console.log(`[fail fast] production without BETTER_AUTH_SECRET: stopped after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  expect(failure).toMatch(/exited with code 1 before it listened/);
  expect(failure).toMatch(/BETTER_AUTH_SECRET is required in production/);
});
