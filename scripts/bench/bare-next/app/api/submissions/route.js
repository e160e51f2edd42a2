// The floor for bench:submit: the same submission row the app stores, written by a bare
// route with one prepared statement and nothing else (no validation, no screening, no ORM).
// It reads the same JSON body and writes the same columns in their stored forms, with the
// same durability as the app (SQLite: WAL, synchronous FULL), so that the app's cost over
// it is what the app itself adds. It commits each row on its own, as a plain route does; the
// app shares one commit among the submissions that arrive together (lib/server/db/group-commit.ts),
// which is how it can outrun this floor under load.
import { createHash, randomInt, randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";

export const dynamic = "force-dynamic";

const COLUMNS = [
  "id", "reference", "createdAt", "questionnaireVersion", "firstName", "lastName", "nameSearch", "surnameSearch",
  "dateOfBirth", "email", "emailSearch", "phone", "answers", "outcome", "reasons", "policyVersion",
  "consentStoreAndReview", "consentAccurate", "signature", "consentedAt", "idempotencyKey", "requestHash",
];

function insertSql(placeholder) {
  const columns = COLUMNS.map((column) => `"${column}"`).join(", ");
  const values = COLUMNS.map((_, index) => placeholder(index + 1)).join(", ");
  return `INSERT INTO "submissions" (${columns}) VALUES (${values}) ON CONFLICT DO NOTHING RETURNING "id"`;
}

let insert;

/** Runs the INSERT with one row's values; true when it stored the row. Opened on first use, not at build time. */
function inserter() {
  const url = process.env.DATABASE_URL ?? "";
  insert ??= /^postgres(ql)?:\/\//.test(url) ? postgresqlInsert(url) : sqliteInsert(url);
  return insert;
}

// Prisma's SQLite adapter stores DateTime as ISO 8601 with "+00:00", booleans as 0 or 1.
const sqliteValue = (value) =>
  value instanceof Date ? value.toISOString().replace("Z", "+00:00") : typeof value === "boolean" ? Number(value) : value;

function sqliteInsert(url) {
  const db = new Database(url.replace(/^file:/, ""));
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${process.env.BENCH_SQLITE_SYNCHRONOUS ?? "FULL"}`);
  db.pragma("busy_timeout = 5000");
  const statement = db.prepare(insertSql(() => "?"));
  return async (row) => statement.all(COLUMNS.map((column) => sqliteValue(row[column]))).length === 1;
}

// timestamp(3) without time zone holds UTC, as Prisma writes it.
const postgresqlValue = (value) => (value instanceof Date ? value.toISOString() : value);

function postgresqlInsert(url) {
  const { hostname, port, username, password, pathname } = new URL(url);
  // The app's default pool size (DATABASE_POOL_SIZE).
  const pool = new pg.Pool({ host: hostname, port: Number(port), user: username, password, database: pathname.slice(1), max: 10 });
  const text = insertSql((index) => `$${index}`);
  return async (row) => {
    const result = await pool.query({ name: "insert-submission", text, values: COLUMNS.map((column) => postgresqlValue(row[column])) });
    return result.rowCount === 1;
  };
}

const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function newReference() {
  let code = "";
  for (let index = 0; index < 6; index++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `MN-${code.slice(0, 4)}-${code.slice(4)}`;
}

export async function POST(request) {
  const text = await request.text();
  const { patient, answers, consent } = JSON.parse(text);
  const now = new Date();
  const row = {
    id: randomUUID(),
    reference: newReference(),
    createdAt: now,
    questionnaireVersion: 1,
    firstName: patient.firstName,
    lastName: patient.lastName,
    nameSearch: `${patient.firstName} ${patient.lastName}`.toLowerCase(),
    surnameSearch: `${patient.lastName} ${patient.firstName}`.toLowerCase(),
    dateOfBirth: patient.dateOfBirth,
    email: patient.email,
    emailSearch: patient.email.toLowerCase(),
    phone: patient.phone || null,
    answers: JSON.stringify(answers),
    outcome: "eligible",
    reasons: "[]",
    policyVersion: "2026-11.1",
    consentStoreAndReview: consent.storeAndReview,
    consentAccurate: consent.accurate,
    signature: consent.signature,
    consentedAt: now,
    idempotencyKey: request.headers.get("idempotency-key"),
    requestHash: createHash("sha256").update(text).digest("hex"),
  };
  if (!(await inserter()(row))) return Response.json({ error: "conflict" }, { status: 409 });
  const receipt = { id: row.id, reference: row.reference, outcome: row.outcome, reasons: [], policyVersion: row.policyVersion, createdAt: now.toISOString() };
  return Response.json(receipt, { status: 201, headers: { "Cache-Control": "no-store" } });
}
