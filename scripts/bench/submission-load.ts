// Patients submitting at once, as autocannon's HTTP clients: every POST carries its own
// valid intake (the benchmarks' seeded mix, with a numbered email so that no two bodies
// are the same) and its own Idempotency-Key, so that each one stores a new row.
import autocannon from "autocannon";
import type { Intake } from "@/lib/questionnaire";
import { percentile } from "./timing";

export interface LoadResult {
  /** Answered with 2xx. */
  stored: number;
  perSecond: number;
  p95Ms: number;
  /** Non-2xx answers, connection errors and timeouts: a healthy run has none. */
  failures: number;
}

/** One POST's body, Idempotency-Key and client address. */
export interface Submission {
  body: string;
  key: string;
  client: string;
}

/**
 * An endless stream of distinct submissions from a fixed mix: the n-th body is the same in
 * every stream, so that the app and the bare route screen and store the same answers.
 */
export function submissionStream(intakes: readonly Intake[], keyPrefix: string): () => Submission {
  let n = 0;
  return () => {
    const intake = intakes[n % intakes.length]!;
    const body = JSON.stringify({ ...intake, patient: { ...intake.patient, email: `${n}.${intake.patient.email}` } });
    // 2001:db8::/32 is kept for documentation; n < 2^32 fits its last two groups.
    const client = `2001:db8::${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
    return { body, key: `${keyPrefix}-${n++}`, client };
  };
}

/** `connections` clients POST submissions to `origin` for `durationSeconds`, each waiting for its answer. */
export async function postSubmissions(
  origin: string,
  { connections, durationSeconds, next }: { connections: number; durationSeconds: number; next: () => Submission },
): Promise<LoadResult> {
  const latencies: number[] = [];
  const run = autocannon({
    url: `${origin}/api/submissions`,
    connections,
    duration: durationSeconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const { body, key, client } = next();
          // Each patient from an address of their own, behind one proxy (the app server runs
          // with TRUST_PROXY_HOPS=1), so every request pays the rate limits' bookkeeping
          // without meeting them.
          return { ...request, headers: { "Content-Type": "application/json", "Idempotency-Key": key, "X-Forwarded-For": client }, body };
        },
      },
    ],
  });
  run.on("response", (_client, _status, _bytes, responseTimeMs) => latencies.push(responseTimeMs));
  const result = await run;
  latencies.sort((a, b) => a - b);
  return {
    stored: result["2xx"],
    perSecond: result["2xx"] / result.duration,
    p95Ms: percentile(latencies, 95),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
