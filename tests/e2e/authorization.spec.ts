import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { intakeWith, PATIENT } from "@/tests/fixtures/intake";
import { expect, test } from "./fixtures";
import { signIn, type Role } from "./session";
import { submitIntake } from "./submit";

type Who = Role | "anonymous";
const EVERYONE: Who[] = ["anonymous", "front_desk", "clinician", "admin"];

interface Action {
  name: string;
  method: "GET" | "POST" | "PATCH";
  path: (ids: Ids) => string;
  body?: (ids: Ids, who: Who) => unknown;
  expected: Record<Who, number>;
}
interface Ids {
  submission: string;
  staffUser: string;
}

// The patient's details that every allowed view shows (the list, the detail and the print
// pages): a refused response must hold none of them. Checked present when allowed, below.
const PATIENT_DATA = [PATIENT.email, PATIENT.dateOfBirth];
const expectNoPatientData = (body: string) => {
  for (const value of PATIENT_DATA) expect(body).not.toContain(value);
};

const page = { anonymous: 401, front_desk: 200, clinician: 200, admin: 200 };
const adminOnly = { anonymous: 401, front_desk: 403, clinician: 403, admin: 200 };
const deciders = { anonymous: 401, front_desk: 403, clinician: 201, admin: 201 };
const frontDesk = { anonymous: 401, front_desk: 200, clinician: 403, admin: 200 };

/** Every staff capability, and the exact status each role gets. */
const ACTIONS: Action[] = [
  { name: "list submissions (API)", method: "GET", path: () => "/api/submissions", expected: page },
  { name: "view a submission (API)", method: "GET", path: (ids) => `/api/submissions/${ids.submission}`, expected: page },
  {
    name: "record a decision (API)",
    method: "POST",
    path: (ids) => `/api/submissions/${ids.submission}/decision`,
    body: () => ({ decision: "more_information_needed", note: "Please send a photo." }),
    expected: deciders,
  },
  { name: "export CSV (API)", method: "GET", path: () => "/api/submissions/export", expected: { ...page, front_desk: 403 } },
  { name: "list patients to contact (API)", method: "GET", path: () => "/api/to-contact", expected: frontDesk },
  // An unknown id: the role is checked first, and a patient on the list stays on it for the other tests.
  {
    name: "record a contact attempt (API)",
    method: "POST",
    path: () => `/api/submissions/${crypto.randomUUID()}/contact-attempts`,
    body: () => ({ result: "no_answer" }),
    expected: { ...frontDesk, front_desk: 404, admin: 404 },
  },
  { name: "list staff (API)", method: "GET", path: () => "/api/staff/users", expected: adminOnly },
  {
    name: "create staff (API)",
    method: "POST",
    path: () => "/api/staff/users",
    body: (_ids, who) => ({ email: `new-${who}-${Date.now()}@demo.clinic`, name: "New Person", role: "front_desk", password: "plum tram violet hedgehog 42" }),
    expected: { ...adminOnly, admin: 201 },
  },
  { name: "change staff (API)", method: "PATCH", path: (ids) => `/api/staff/users/${ids.staffUser}`, body: () => ({ role: "front_desk" }), expected: adminOnly },
  { name: "read the audit log (API)", method: "GET", path: () => "/api/audit", expected: adminOnly },
  { name: "staff home page", method: "GET", path: () => "/staff", expected: page },
  { name: "submission page", method: "GET", path: (ids) => `/staff/submissions/${ids.submission}`, expected: page },
  { name: "print page", method: "GET", path: (ids) => `/staff/submissions/${ids.submission}/print`, expected: page },
  { name: "batch print page", method: "GET", path: (ids) => `/staff/print?ids=${ids.submission}`, expected: page },
  { name: "To contact page", method: "GET", path: () => "/staff/to-contact", expected: frontDesk },
  { name: "staff admin page", method: "GET", path: () => "/staff/admin/users", expected: adminOnly },
  { name: "audit log page", method: "GET", path: () => "/staff/admin/audit", expected: adminOnly },
];

/** Ways an anonymous request might try to slip past a check made only in middleware or layouts. */
const ANONYMOUS_VARIANTS: { name: string; headers: Record<string, string>; trailingSlash?: boolean }[] = [
  { name: "an RSC request", headers: { RSC: "1" } },
  { name: "a router prefetch", headers: { RSC: "1", "Next-Router-Prefetch": "1" } },
  { name: "a forged middleware subrequest", headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" } },
  { name: "a trailing slash", headers: {}, trailingSlash: true },
];

let ids: Ids;
const contexts = new Map<Who, APIRequestContext>();

test.beforeAll(async ({ baseURL }) => {
  for (const who of EVERYONE) {
    const context = await playwrightRequest.newContext({ baseURL });
    if (who !== "anonymous") await signIn(context, who);
    contexts.set(who, context);
  }
  const anonymous = contexts.get("anonymous")!;
  const submission = await submitIntake(anonymous, intakeWith({ answers: { bloodThinners: "yes" } }));
  const staff = await contexts.get("admin")!.post("/api/staff/users", {
    data: { email: `target-${Date.now()}@demo.clinic`, name: "Change Target", role: "clinician", password: "plum tram violet hedgehog 42" },
  });
  expect(staff.status()).toBe(201);
  ids = { submission: submission.id, staffUser: (await staff.json()).id };
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

function send(context: APIRequestContext, action: Action, who: Who, options: { headers?: Record<string, string>; trailingSlash?: boolean } = {}) {
  const [path, query] = action.path(ids).split("?");
  const url = `${path}${options.trailingSlash ? "/" : ""}${query ? `?${query}` : ""}`;
  return context.fetch(url, {
    method: action.method,
    headers: options.headers,
    data: action.body?.(ids, who),
    maxRedirects: 5,
  });
}

for (const action of ACTIONS) {
  for (const who of EVERYONE) {
    test(`${action.name}: ${who} gets ${action.expected[who]}`, async () => {
      const response = await send(contexts.get(who)!, action, who);
      expect(response.status()).toBe(action.expected[who]);
      if (action.expected[who] >= 400) expectNoPatientData(await response.text());
      if (action.path(ids).startsWith("/api/") && action.expected[who] < 300) {
        expect(response.headers()["cache-control"]).toContain("no-store");
      }
    });
  }

  for (const variant of ANONYMOUS_VARIANTS) {
    test(`${action.name}: anonymous with ${variant.name} is refused`, async () => {
      const response = await send(contexts.get("anonymous")!, action, "anonymous", variant);
      const body = await response.text();
      expectNoPatientData(body);
      if (isFlightResponse(response.headers())) {
        // Next.js streams a page's RSC payload with status 200 before the page runs: either the
        // page's unauthorized() arrives inside it in place of any content, or (a prefetch of a
        // dynamic page) Next sends only the route tree and never runs the page at all.
        const refusedInStream = body.includes(UNAUTHORIZED_IN_FLIGHT);
        const pageNeverRendered = !body.includes('"h1"') && !body.includes("Sign out");
        expect(refusedInStream || pageNeverRendered).toBe(true);
      } else {
        expect(response.status()).toBe(401);
      }
    });
  }
}

const UNAUTHORIZED_IN_FLIGHT = "NEXT_HTTP_ERROR_FALLBACK;401";
const isFlightResponse = (headers: Record<string, string>) => headers["content-type"]?.startsWith("text/x-component") ?? false;

test("a signed-in RSC request gets the page, not the refusal (so the check above can fail)", async () => {
  const response = await contexts.get("admin")!.get(`/staff/submissions/${ids.submission}`, { headers: { RSC: "1" } });
  expect(isFlightResponse(response.headers())).toBe(true);
  const body = await response.text();
  expect(body).not.toContain(UNAUTHORIZED_IN_FLIGHT);
  expect(body).toContain('"h1"');
  expect(body).toContain(PATIENT.lastName);
  for (const value of PATIENT_DATA) expect(body).toContain(value);
});

test("staff pages are never stored by the browser or a proxy", async () => {
  const response = await contexts.get("clinician")!.get(`/staff/submissions/${ids.submission}`);
  expect(response.headers()["cache-control"]).toContain("no-store");
});
