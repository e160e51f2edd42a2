/**
 * Throughput of the screening rules: `npm run bench:rules`.
 *
 * Builds a fixed, seeded mix of valid intakes (mostly the safe baseline with harmless
 * variations, some with one or two answers changed at random, a few with several), warms
 * up, then calls `assess()` for about two seconds and prints assessments per second and
 * the mix of outcomes. Not a test: nothing here asserts.
 */
import { answersSchema, questionsIn, type Answers } from "@/lib/questionnaire";
import { assess, type ScreeningInput } from "@/lib/screening";
import type { Outcome } from "@/lib/vocabulary";
import { SAFE_ANSWERS } from "@/tests/fixtures/intake";
import { mulberry32 } from "./bench/random";

const SEED = 20261115;
const POOL_SIZE = 1000;
const AS_OF = "2026-11-15";
const WARM_UP_MS = 500;
const RUN_MS = 2000;

const random = mulberry32(SEED);
function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick() needs at least one item");
  return item;
}

const choiceQuestions = questionsIn("answers").filter((question) => question.kind === "single" || question.kind === "yesNoUnsure");

function dateOfBirth(): string {
  const year = 1946 + Math.floor(random() * 64);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Baseline answers with `changes` choice questions set to a random option. */
function intakeWith(changes: number): ScreeningInput {
  const answers: Record<string, unknown> = {
    ...SAFE_ANSWERS,
    concerns: [pick(["acne_scars", "fine_lines_wrinkles", "stretch_marks", "uneven_texture"])],
    treatmentAreas: [pick(["face", "neck", "chest", "abdomen"])],
    medications: random() < 0.3 ? "Vitamin D" : undefined,
  };
  for (let index = 0; index < changes; index++) {
    const question = pick(choiceQuestions);
    answers[question.id] = pick(question.options.map((option) => option.value));
  }
  const parsed: Answers = answersSchema.parse(answers);
  return { patient: { dateOfBirth: dateOfBirth() }, answers: parsed };
}

const pool = Array.from({ length: POOL_SIZE }, () => {
  const roll = random();
  return intakeWith(roll < 0.7 ? 0 : roll < 0.9 ? 1 + Math.floor(random() * 2) : 3 + Math.floor(random() * 3));
});

function run(durationMs: number): { count: number; elapsedMs: number; reasons: number } {
  const start = performance.now();
  let count = 0;
  let reasons = 0;
  let elapsedMs = 0;
  while (elapsedMs < durationMs) {
    for (const intake of pool) reasons += assess(intake, AS_OF).reasons.length;
    count += pool.length;
    elapsedMs = performance.now() - start;
  }
  return { count, elapsedMs, reasons };
}

const mix: Record<Outcome, number> = { eligible: 0, needs_review: 0, not_suitable: 0 };
for (const intake of pool) mix[assess(intake, AS_OF).outcome] += 1;

run(WARM_UP_MS);
const { count, elapsedMs, reasons } = run(RUN_MS);
const perSecond = Math.round((count / elapsedMs) * 1000);
const percent = (n: number) => `${((n / POOL_SIZE) * 100).toFixed(1)}%`;

console.log(`assess(): ${perSecond.toLocaleString("en-GB")} assessments/s (${count.toLocaleString("en-GB")} in ${(elapsedMs / 1000).toFixed(2)} s, ${((elapsedMs * 1000) / count).toFixed(2)} µs each)`);
console.log(
  `mix of ${POOL_SIZE} seeded intakes: eligible ${percent(mix.eligible)}, needs_review ${percent(mix.needs_review)}, not_suitable ${percent(mix.not_suitable)}`,
);
console.log(`reasons reported: ${(reasons / count).toFixed(2)} per assessment`);
