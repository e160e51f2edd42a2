// For tests of settings that name a file (SCREENING_POLICY_FILE, PRIVACY_NOTICE_FILE).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@/lib/server/config";

/** A fresh folder, and a function that writes a file in it and returns its path. */
export function scratchFolder(prefix: string): { folder: string; write: (name: string, content: string) => string } {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    folder,
    write: (name, content) => {
      const file = path.join(folder, name);
      writeFileSync(file, content);
      return file;
    },
  };
}

/** The problems of the ConfigError that `load` throws; fails if it throws nothing or something else. */
export function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}
