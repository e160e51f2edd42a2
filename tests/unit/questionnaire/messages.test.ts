import { describe, expect, it } from "vitest";
import { toFieldIssues } from "@/lib/issues";
import {
  buildStepSchemas,
  consentStepSchema,
  message,
  problemsOf,
  questionById,
  questions,
  steps,
  type QuestionDefinition,
  type StepId,
} from "@/lib/questionnaire";
import { datePartsWithError } from "@/lib/questionnaire/messages";
import { checkStep } from "@/lib/questionnaire/step-check";
import { PATIENT, SCREENING_DATE } from "@/tests/fixtures/intake";

// GOV.UK error messages: each says what to do and names its question, so that a screen
// reader user who hears the error summary knows which question every message is about.

const everyMessage = questions.flatMap((question) =>
  problemsOf(question).map((problem) => ({ question: question.id, problem, text: message(question, problem) })),
);

describe("every message of the questionnaire", () => {
  it("is different from every other, across all questions and problems", () => {
    const seen = new Map<string, string>();
    for (const { question, problem, text } of everyMessage) {
      const where = `${question}.${problem}`;
      expect(seen.get(text), `"${text}" for ${where}`).toBeUndefined();
      seen.set(text, where);
    }
    // Every question has at least one problem, so this covers the whole questionnaire.
    expect(new Set(everyMessage.map((entry) => entry.question)).size).toBe(questions.length);
  });

  it.each(everyMessage)("$question.$problem reads as GOV.UK advises: $text", ({ text }) => {
    expect(text).toMatch(/^[A-Z]/);
    expect(text).not.toMatch(/[.!]$/);
    expect(text).not.toMatch(/\b(please|invalid|error|sorry|oops|valid)\b/i);
  });
});

describe("a kind's default messages", () => {
  // A question with no messages of its own gets these; they must name it too.
  const bare = (question: QuestionDefinition): QuestionDefinition => ({ ...question, messages: undefined });

  it.each(questions.map((question) => [question.id, question] as const))("name %s by its short label", (_id, question) => {
    const name = question.shortLabel.toLowerCase();
    for (const problem of problemsOf(question)) {
      const text = message(bare(question), problem);
      // GOV.UK's own "Year must include 4 numbers" is the one message about a part of a date.
      if (problem === "yearDigits") continue;
      expect(text.toLowerCase(), `${question.id}.${problem}`).toContain(name);
    }
  });

  it("are tooLong, duplicate, forbidden and invalid messages that say what to do", () => {
    const concerns = bare(questionById("concerns"));
    expect(message(concerns, "duplicate")).toBe("Select each option for concerns only once");
    expect(message(concerns, "invalid")).toBe("Select concerns only from the options shown");
    expect(message(bare(questionById("concernsOther")), "forbidden")).toBe("Leave other concern empty");
    expect(message(bare(questionById("medications")), "tooLong")).toBe("Other medicines must be 1000 characters or fewer");
    // A choice that is not one of the options reads as no choice.
    expect(message(bare(questionById("keloids")), "invalid")).toBe("Select yes, no or I'm not sure for keloid scars");
  });
});

describe("the date of birth's messages", () => {
  const dateOfBirth = questionById("dateOfBirth");

  it("follow GOV.UK's date input", () => {
    expect(Object.fromEntries(problemsOf(dateOfBirth).map((problem) => [problem, message(dateOfBirth, problem)]))).toEqual({
      required: "Enter your date of birth",
      missingDay: "Date of birth must include a day",
      missingMonth: "Date of birth must include a month",
      missingYear: "Date of birth must include a year",
      missingDayAndMonth: "Date of birth must include a day and month",
      missingDayAndYear: "Date of birth must include a day and year",
      missingMonthAndYear: "Date of birth must include a month and year",
      yearDigits: "Year must include 4 numbers",
      invalid: "Date of birth must be a real date",
      future: "Date of birth must be in the past",
      tooOld: "Date of birth must be within the last 120 years",
    });
  });

  it("tell which boxes to mark", () => {
    expect(datePartsWithError(dateOfBirth, "Date of birth must include a month")).toEqual(["month"]);
    expect(datePartsWithError(dateOfBirth, "Date of birth must include a day and year")).toEqual(["day", "year"]);
    expect(datePartsWithError(dateOfBirth, "Year must include 4 numbers")).toEqual(["year"]);
    for (const whole of ["Enter your date of birth", "Date of birth must be a real date", "Date of birth must be in the past", "Anything else"]) {
      expect(datePartsWithError(dateOfBirth, whole)).toEqual(["day", "month", "year"]);
    }
  });
});

/** Words that say what to do rather than what about: they name no question. */
const INSTRUCTION_WORDS = new Set(["select", "whether", "enter", "your", "have", "tick", "must", "area", "with", "from", "that", "what", "would", "like"]);
const wordsOf = (text: string): Set<string> =>
  new Set(text.toLowerCase().match(/[a-z]{4,}/g)?.filter((word) => !INSTRUCTION_WORDS.has(word)) ?? []);

/** Whether a message shares a word with its question's label or short label. */
function namesQuestion(text: string, question: QuestionDefinition): boolean {
  const own = wordsOf(`${question.label} ${question.shortLabel}`);
  return [...wordsOf(text)].some((word) => own.has(word) || own.has(word.replace(/s$/, "")) || own.has(`${word}s`));
}

describe("a step sent empty", () => {
  const serverSteps = buildStepSchemas({ today: SCREENING_DATE });
  const server = (id: StepId) => (id === "confirm" ? consentStepSchema(PATIENT) : serverSteps[id]);

  it.each(steps.map((step) => [step.id, step] as const))("%s: one message per question, each its own, naming it", (id, step) => {
    const required = step.questions.filter((question) => question.optional !== true && question.enableWhen === undefined);
    const browser = checkStep(step.questions, {}, { today: SCREENING_DATE, patient: PATIENT });
    const result = server(id).safeParse({});
    const fromServer = Object.fromEntries(toFieldIssues(result.error ?? { issues: [] }).map((issue) => [issue.path, issue.message]));

    expect(browser.ok).toBe(false);
    const errors = browser.ok ? {} : browser.errors;
    expect(Object.keys(errors)).toEqual(required.map((question) => question.id));
    expect(fromServer).toEqual(errors);
    expect(new Set(Object.values(errors)).size).toBe(required.length);
    for (const question of required) {
      const text = errors[question.id] ?? "";
      expect(namesQuestion(text, question), `"${text}" should name "${question.label}"`).toBe(true);
    }
  });

  it("gives eleven different messages on 'Your skin', where there were two", () => {
    const skin = steps.find((step) => step.id === "skin");
    const result = checkStep(skin?.questions ?? [], {});
    expect(result.ok ? [] : new Set(Object.values(result.errors))).toHaveProperty("size", 11);
  });
});
