import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => {
  cleanup();
  // Each test opens the page afresh: a browser gives a new page a history entry without state,
  // and the intake keeps its step, or a sent reference, in the entry's state.
  window.history.pushState(null, "");
});
