import type { Level } from "@/lib/screening";

/** How much a reason weighs, in words that still read right in black and white. */
export function levelLabel(level: Level, temporary: boolean): string {
  switch (level) {
    case "exclude":
      return temporary ? "Exclude for now" : "Exclude";
    case "review":
      return "Review";
    case "info":
      return "Note";
  }
}
