import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "@/scripts/compile-hints";

describe("addCompileHints", () => {
  let distDir: string;
  const chunk = (name: string) => readFileSync(path.join(distDir, "static/chunks", name), "utf8");

  beforeEach(() => {
    distDir = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
    mkdirSync(path.join(distDir, "static/chunks"), { recursive: true });
    for (const name of ["framework.js", "runtime.js", "route.js"]) writeFileSync(path.join(distDir, "static/chunks", name), `(()=>{/* ${name} */})();`);
    writeFileSync(
      path.join(distDir, "build-manifest.json"),
      JSON.stringify({ rootMainFiles: ["static/chunks/framework.js", "static/chunks/runtime.js"], polyfillFiles: ["static/chunks/route.js"] }),
    );
  });
  afterEach(() => rmSync(distDir, { recursive: true, force: true }));

  it("is V8's magic comment, on a line of its own", () => {
    expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad\n");
  });

  it("puts the hint first in every root main file, and in no other file", () => {
    expect(addCompileHints(distDir)).toEqual(["static/chunks/framework.js", "static/chunks/runtime.js"]);
    expect(chunk("framework.js")).toBe(`${COMPILE_HINT}(()=>{/* framework.js */})();`);
    expect(chunk("runtime.js")).toBe(`${COMPILE_HINT}(()=>{/* runtime.js */})();`);
    expect(chunk("route.js")).toBe("(()=>{/* route.js */})();");
  });

  it("adds nothing the second time", () => {
    addCompileHints(distDir);
    expect(addCompileHints(distDir)).toEqual([]);
    expect(chunk("framework.js")).toBe(`${COMPILE_HINT}(()=>{/* framework.js */})();`);
  });

  it("refuses a build with subresource integrity, changing nothing", () => {
    mkdirSync(path.join(distDir, "server"));
    writeFileSync(path.join(distDir, "server/subresource-integrity-manifest.json"), "{}");
    expect(() => addCompileHints(distDir)).toThrow(/subresource integrity/);
    expect(chunk("framework.js")).toBe("(()=>{/* framework.js */})();");
  });

  it("refuses a manifest without root main files, changing nothing", () => {
    writeFileSync(path.join(distDir, "build-manifest.json"), JSON.stringify({ pages: {} }));
    expect(() => addCompileHints(distDir)).toThrow(/lists no rootMainFiles/);
    expect(chunk("framework.js")).toBe("(()=>{/* framework.js */})();");
  });
});
