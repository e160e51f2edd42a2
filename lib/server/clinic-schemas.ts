import "server-only";
import { buildResumeDraftRequestSchema, buildSaveDraftRequestSchema } from "@/lib/drafts/schemas";
import { buildAssessmentRequestSchema, buildIntakeSchema } from "@/lib/questionnaire";
import { getConfig } from "@/lib/server/config";

function build(timeZone: string) {
  const options = { timeZone };
  return {
    intake: buildIntakeSchema(options),
    assessmentRequest: buildAssessmentRequestSchema(options),
    saveDraftRequest: buildSaveDraftRequestSchema(options),
    resumeDraftRequest: buildResumeDraftRequestSchema(options),
  };
}

let cached: ReturnType<typeof build> | undefined;

/**
 * The patient's request bodies as the routes read them: a date of birth is refused when it
 * is after today on the clinic's calendar, the very check the intake page makes in the
 * patient's browser with the same zone. Built once; "today" is read at each validation.
 */
export function clinicSchemas(): ReturnType<typeof build> {
  cached ??= build(getConfig().clinicTimeZone);
  return cached;
}
