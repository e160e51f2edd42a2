// Realistic submissions for the database benchmarks, from a seeded PRNG so that every run
// stores the same mix: intakes for the real `createSubmission`, and a fast seeder that
// fills a table with years of history in multi-row INSERTs, without going through the use
// case one row at a time.
import { answersSchema, intakeSchema, questionsIn, type Answers, type Intake, type Patient } from "@/lib/questionnaire";
import { assess, type Assessment } from "@/lib/screening";
import type { Database, DatabaseProvider, Prisma } from "@/lib/server/db/client";
import { newReference } from "@/lib/server/submissions/reference";
import { searchKeys } from "@/lib/server/submissions/search";
import { hashRequestBody } from "@/lib/server/submissions/request-hash";
import type { Decision, Outcome, ReviewStatus } from "@/lib/vocabulary";
import { intakeWith, SAFE_ANSWERS } from "@/tests/fixtures/intake";
import { mulberry32 } from "./random";

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick() needs at least one item");
  return item;
}

/** One of `weights`' keys, drawn in proportion to its weight. */
function weighted<K extends string>(random: Random, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let roll = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/** The clinic's mix of results: most patients are eligible. */
export const OUTCOME_MIX: Record<Outcome, number> = { eligible: 72, needs_review: 16, not_suitable: 12 };

// 121 first names and 153 last names: 18,513 full names, so that at 100k submissions about
// five patients share a full name (from 2,400, as before, forty shared every one: far more
// than a clinic's records). Each last name belongs to about one patient in 153.
const FIRST_NAMES = [
  "Olivia", "Amelia", "Isla", "Ava", "Mia", "Sophia", "Grace", "Lily", "Freya", "Emily", "Ella", "Chloe",
  "Aisha", "Fatima", "Priya", "Mei", "Yuki", "Zara", "Sofia", "Maria", "Ana", "Chiara", "Ingrid", "Niamh",
  "Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Jack", "Mohammed", "Omar", "Raj", "Wei",
  "Kwame", "Luca", "Mateo", "Sean", "Charlotte", "Poppy", "Evie", "Harper", "Ivy", "Rosie", "Florence", "Willow",
  "Daisy", "Phoebe", "Ruby", "Alice", "Matilda", "Elsie", "Jessica", "Hannah", "Layla", "Nour", "Amira", "Leila",
  "Anya", "Katarzyna", "Agnieszka", "Olena", "Ioana", "Elena", "Lucia", "Carmen", "Ines", "Beatriz", "Siobhan",
  "Aoife", "Ciara", "Megan", "Rhiannon", "Bethan", "Funmi", "Adaeze", "Ama", "Thandiwe", "Sakura", "Hana",
  "Min-jun", "Seo-yeon", "Linh", "Thi", "Anjali", "Deepa", "Kiran", "Sunita", "Thomas", "James", "William",
  "Henry", "Charlie", "Alfie", "Freddie", "Theo", "Jacob", "Samuel", "Joshua", "Daniel", "Adam", "Ibrahim",
  "Yusuf", "Hassan", "Arjun", "Rohan", "Vikram", "Tomasz", "Piotr", "Andrei", "Mihai", "Diego", "Javier",
  "Pablo", "Ciaran", "Rhys", "Dylan", "Chidi", "Kofi",
];
const LAST_NAMES = [
  "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts",
  "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris",
  "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark",
  "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker",
  "Khan", "Ali", "Singh", "Chen", "Wang", "Nguyen", "Kowalski", "Novak", "Rossi", "Garcia", "Okafor", "Mensah",
  "Murphy", "O'Brien", "Bennett", "Price", "Young", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey",
  "Collins", "Bell", "Shaw", "Murray", "Cox", "Adams", "Richards", "Graham", "Stewart", "Campbell", "Anderson",
  "Marshall", "Owen", "Lloyd", "Ellis", "Griffiths", "Jenkins", "Powell", "Reid", "Russell", "Fletcher", "Chapman",
  "Webb", "Rogers", "Gray", "Mason", "Hunt", "Holmes", "Palmer", "Mills", "Barnes", "Knight", "Butler", "Foster",
  "Hussain", "Ahmed", "Begum", "Rahman", "Shah", "Sharma", "Gupta", "Kaur", "Choudhury", "Islam", "Li", "Zhang",
  "Liu", "Huang", "Tran", "Pham", "Kim", "Park", "Sato", "Tanaka", "Nowak", "Wisniewski", "Popescu", "Ionescu",
  "Fernandez", "Lopez", "Martinez", "Silva", "Santos", "Ferrari", "Bianchi", "Mueller", "Schmidt", "Jensen",
  "Hansen", "Adeyemi", "Okonkwo", "Boateng", "Asante", "Osei", "Ndlovu", "Dlamini", "Byrne", "Ryan", "Walsh",
  "O'Connor", "Doyle", "McCarthy", "Gallagher", "Quinn",
];
const EMAIL_DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.co.uk", "btinternet.com", "proton.me", "example.org"];

function randomPatient(random: Random, dateOfBirth: string): Patient {
  const firstName = pick(random, FIRST_NAMES);
  const lastName = pick(random, LAST_NAMES);
  const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "");
  return {
    firstName,
    lastName,
    dateOfBirth,
    // A number, as people add one when their name is taken: most addresses are unique.
    email: `${local}${Math.floor(random() * 1000)}@${pick(random, EMAIL_DOMAINS)}`,
    phone: random() < 0.8 ? `07700 ${String(Math.floor(random() * 1_000_000)).padStart(6, "0")}` : undefined,
  };
}

const choiceQuestions = questionsIn("answers").filter((question) => question.kind === "single" || question.kind === "yesNoUnsure");

/** Answers as bench-rules draws them: mostly the safe baseline, some with answers changed. */
function randomAnswers(random: Random): Answers | undefined {
  const roll = random();
  const changes = roll < 0.7 ? 0 : roll < 0.9 ? 1 + Math.floor(random() * 2) : 3 + Math.floor(random() * 3);
  const answers: Record<string, unknown> = {
    ...SAFE_ANSWERS,
    concerns: [pick(random, ["acne_scars", "fine_lines_wrinkles", "stretch_marks", "uneven_texture"])],
    treatmentAreas: [pick(random, ["face", "neck", "chest", "abdomen"])],
    medications: random() < 0.3 ? "Vitamin D" : undefined,
  };
  for (let index = 0; index < changes; index++) {
    const question = pick(random, choiceQuestions);
    answers[question.id] = pick(random, question.options.map((option) => option.value));
  }
  const parsed = answersSchema.safeParse(answers);
  return parsed.success ? parsed.data : undefined;
}

function randomDateOfBirth(random: Random): string {
  const year = 1946 + Math.floor(random() * 62);
  return `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
}

interface Screened {
  answers: Answers;
  dateOfBirth: string;
  assessment: Assessment;
}

const PER_OUTCOME = 200;

/**
 * Screened answers grouped by outcome, so that rows can follow `OUTCOME_MIX` exactly and
 * still carry the answers and reasons that give their outcome.
 */
function screenedByOutcome(random: Random, asOf: Date): Record<Outcome, Screened[]> {
  const pools: Record<Outcome, Screened[]> = { eligible: [], needs_review: [], not_suitable: [] };
  while (Object.values(pools).some((pool) => pool.length < PER_OUTCOME)) {
    const answers = randomAnswers(random);
    if (!answers) continue;
    const dateOfBirth = randomDateOfBirth(random);
    const assessment = assess({ patient: { dateOfBirth }, answers }, asOf);
    if (pools[assessment.outcome].length < PER_OUTCOME) pools[assessment.outcome].push({ answers, dateOfBirth, assessment });
  }
  return pools;
}

/**
 * `count` validated intakes of varied patients whose outcomes follow `OUTCOME_MIX`, for
 * the real `createSubmission`.
 */
export function intakeMix(count: number, { seed, now }: { seed: number; now: Date }): Intake[] {
  const random = mulberry32(seed);
  const pools = screenedByOutcome(random, now);
  return Array.from({ length: count }, () => {
    const { answers, dateOfBirth } = pick(random, pools[weighted(random, OUTCOME_MIX)]);
    return intakeSchema.parse(intakeWith({ answers, patient: randomPatient(random, dateOfBirth) }));
  });
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HISTORY_DAYS = 730;
const BATCH_SIZE = 1000;

/**
 * Clinicians decide within days: older submissions are nearly all decided, the last
 * fortnight's are mostly new or being reviewed, and some wait for information (a GP letter,
 * a prescriber). A few old ones were never decided, or still wait for information.
 */
function reviewStatusFor(random: Random, ageDays: number): ReviewStatus {
  if (ageDays < 2) return weighted(random, { new: 60, in_review: 25, awaiting_information: 3, decided: 12 });
  if (ageDays < 14) return weighted(random, { new: 15, in_review: 20, awaiting_information: 8, decided: 57 });
  if (ageDays < 60) return weighted(random, { new: 2, in_review: 3, awaiting_information: 3, decided: 92 });
  return weighted(random, { new: 0.3, in_review: 0.2, awaiting_information: 0.2, decided: 99.3 });
}

/** The final decisions of decided submissions: "more information needed" leaves a case awaiting information. */
const DECISION_MIX: Record<Outcome, Record<Exclude<Decision, "more_information_needed">, number>> = {
  eligible: { approved_for_consultation: 99, not_suitable: 1 },
  needs_review: { approved_for_consultation: 69, not_suitable: 31 },
  not_suitable: { approved_for_consultation: 4, not_suitable: 96 },
};

/** What a benchmark searches for: the keys of a stored row. */
export interface SeededRow {
  reference: string;
  fullName: string;
  lastName: string;
  email: string;
}

export interface SubmissionSeeder {
  /**
   * Stores `count` more submissions spread over the two years before `now` (and a
   * decision for each decided or awaiting one), in batches of 1000. Returns their search keys.
   */
  add(count: number): Promise<SeededRow[]>;
}

/**
 * Stores `rows` in one INSERT through Prisma's raw query, whose driver adapter turns dates
 * and booleans into each database's stored form exactly as its own writes do. Prisma's
 * `createMany` stores the same rows, but spends about a millisecond of CPU on each.
 */
async function insertRows<Row extends object>(db: Database, provider: DatabaseProvider, table: string, rows: readonly Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first) as (keyof Row & string)[];
  const values: unknown[] = [];
  const placeholder = () => (provider === "postgresql" ? `$${values.length}` : "?");
  const tuples = rows.map((row) => {
    const cells = columns.map((column) => {
      const value = row[column] ?? null;
      // Json columns: text on SQLite, jsonb (parsed from text) on PostgreSQL.
      values.push(value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value);
      return placeholder();
    });
    return `(${cells.join(", ")})`;
  });
  await db.$executeRawUnsafe(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${tuples.join(", ")}`, ...values);
}

/** A seeder for `db`; it adds the clinicians its decisions name first. */
export async function submissionSeeder(
  db: Database,
  { provider, seed, now }: { provider: DatabaseProvider; seed: number; now: Date },
): Promise<SubmissionSeeder> {
  const random = mulberry32(seed);
  const pools = screenedByOutcome(random, now);
  const clinicians = ["Dr Ada Okoye", "Dr Ben Hart", "Nurse Cara Lund", "Dr Dev Mistry"].map((name, index) => ({
    id: crypto.randomUUID(),
    name,
    email: `clinician${index + 1}@bench.clinic`,
    role: "clinician",
  }));
  await db.user.createMany({ data: clinicians });
  // 32^6 codes give a few collisions in 100,000 draws: redraw, as the use case's retry does.
  const references = new Set<string>();
  const uniqueReference = (): string => {
    let reference = newReference();
    while (references.has(reference)) reference = newReference();
    references.add(reference);
    return reference;
  };

  function row(): { submission: Prisma.SubmissionCreateManyInput; decision?: Prisma.DecisionCreateManyInput } {
    const createdAt = new Date(now.getTime() - random() * HISTORY_DAYS * DAY_MS);
    const outcome = weighted(random, OUTCOME_MIX);
    const { answers, dateOfBirth, assessment } = pick(random, pools[outcome]);
    const intake = intakeWith({ answers, patient: randomPatient(random, dateOfBirth) });
    const { patient, consent } = intake;
    const reviewStatus = reviewStatusFor(random, (now.getTime() - createdAt.getTime()) / DAY_MS);
    const id = crypto.randomUUID();
    const submission: Prisma.SubmissionCreateManyInput = {
      id,
      reference: uniqueReference(),
      createdAt,
      questionnaireVersion: assessment.questionnaireVersion,
      firstName: patient.firstName,
      lastName: patient.lastName,
      dateOfBirth,
      email: patient.email,
      ...searchKeys(patient),
      phone: patient.phone || null,
      answers: answers as Prisma.InputJsonObject,
      outcome,
      reasons: assessment.reasons as unknown as Prisma.InputJsonArray,
      policyVersion: assessment.policyVersion,
      reviewStatus,
      consentStoreAndReview: consent.storeAndReview,
      consentAccurate: consent.accurate,
      signature: consent.signature,
      consentedAt: createdAt,
      // The intake page always sends a key; API clients may not.
      idempotencyKey: random() < 0.9 ? crypto.randomUUID() : null,
      requestHash: hashRequestBody(intake),
    };
    if (reviewStatus !== "decided" && reviewStatus !== "awaiting_information") return { submission };
    const decidedAt = Math.min(createdAt.getTime() + random() * 3 * DAY_MS, now.getTime());
    return {
      submission,
      decision: {
        id: crypto.randomUUID(),
        submissionId: id,
        decision: reviewStatus === "awaiting_information" ? "more_information_needed" : weighted(random, DECISION_MIX[outcome]),
        note: random() < 0.3 ? "Discussed by phone." : null,
        decidedById: pick(random, clinicians).id,
        createdAt: new Date(decidedAt),
      },
    };
  }

  return {
    async add(count) {
      const seeded: SeededRow[] = [];
      for (let done = 0; done < count; done += BATCH_SIZE) {
        const rows = Array.from({ length: Math.min(BATCH_SIZE, count - done) }, row);
        await insertRows(db, provider, "submissions", rows.map((r) => r.submission));
        await insertRows(db, provider, "decisions", rows.flatMap((r) => (r.decision ? [r.decision] : [])));
        for (const { submission } of rows) {
          seeded.push({ reference: submission.reference, fullName: submission.signature, lastName: submission.lastName, email: submission.email });
        }
      }
      return seeded;
    },
  };
}
