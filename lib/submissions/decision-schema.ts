import { z } from "zod";
import { DECISIONS } from "@/lib/vocabulary";

/** A clinician's decision: a note is required unless approving. The form and the server both use it. */
export const decisionSchema = z
  .strictObject({
    decision: z.enum(DECISIONS, { message: "Choose a decision" }),
    note: z.string({ message: "Write a note" }).trim().max(2000, { message: "Use 2000 characters or fewer" }).optional(),
  })
  .superRefine(({ decision, note }, ctx) => {
    if (decision !== "approved_for_consultation" && !note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "Write a note saying why: it is required unless you approve" });
    }
  });
export type DecisionInput = z.output<typeof decisionSchema>;
