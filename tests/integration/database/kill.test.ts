import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import type { Answers } from "@/lib/questionnaire";
import { assess } from "@/lib/screening";
import { databaseProvider, getDatabase } from "@/lib/server/db/client";
import { PATIENT } from "@/tests/fixtures/intake";

const db = getDatabase();
afterAll(() => db.$disconnect());

const ACKNOWLEDGED_BEFORE_KILL = 40;

it("keeps every acknowledged submission, whole, when the writing process is killed", async () => {
  const root = path.resolve(import.meta.dirname, "../../..");
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", path.join(import.meta.dirname, "write-until-killed.ts")],
    // Its own process group: tsx runs the script in a child process of its own, and the
    // whole group must die, or that child goes on writing (and acknowledging) after the kill.
    { cwd: root, env: { ...process.env }, stdio: ["ignore", "pipe", "inherit"], detached: true },
  );

  const acknowledged: string[] = [];
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  // Closed when the last process that could write to it is gone.
  const closed = new Promise((resolve) => child.stdout.on("close", resolve));
  let buffered = "";
  let killed = false;
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    acknowledged.push(...lines);
    // Killed mid-stream: it is writing the next submission right now.
    if (acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL && !killed && child.pid) {
      killed = true;
      process.kill(-child.pid, "SIGKILL");
    }
  });

  expect(await exited).toBe("SIGKILL");
  await closed;
  expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

  // SQLite's file is ours to check; a PostgreSQL server outlives the killed client anyway.
  if (databaseProvider(process.env.DATABASE_URL!) === "sqlite") {
    const [integrity] = await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    expect(integrity?.integrity_check).toBe("ok");
  }

  const rows = await db.submission.findMany();
  const stored = new Set(rows.map((row) => row.id));
  expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  for (const row of rows) {
    const again = assess({ patient: { dateOfBirth: row.dateOfBirth }, answers: row.answers as Answers }, row.createdAt);
    expect(row.reasons).toEqual(again.reasons);
    expect(row.outcome).toBe(again.outcome);
    expect(row.signature).toBe(`${PATIENT.firstName} ${PATIENT.lastName}`);
  }
});
