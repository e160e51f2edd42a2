import { z } from "zod";

export const MAX_WITHDRAWAL_REASON = 500;

/**
 * Why an admin withdraws a submission from the queue, or restores it: required, so the
 * history always says why. The form and the server both use it.
 */
export const withdrawalSchema = z.strictObject({
  reason: z
    .string({ message: "Write a reason" })
    .trim()
    .min(1, { message: "Write a reason, for example \"Duplicate of MN-7K3P-9Q\" or \"Test entry\"" })
    .max(MAX_WITHDRAWAL_REASON, { message: `Use ${MAX_WITHDRAWAL_REASON} characters or fewer` }),
});
export type WithdrawalInput = z.output<typeof withdrawalSchema>;
