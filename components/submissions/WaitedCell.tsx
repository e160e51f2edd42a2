import { calendarDateIn } from "@/lib/time-zone";
import { waitOf, workingDaysSince } from "@/lib/working-days";

/** The clinic's promise to contact a patient, and the moment the queue was read. */
export interface ContactPromise {
  /** The time the page was rendered, ISO 8601. */
  now: string;
  /** REVIEW_CONTACT_DAYS. */
  contactDays: number;
  timeZone: string;
}

// A calendar date, so read at UTC midnight it is the same day wherever the page is read.
const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

const workingDays = (count: number): string => (count === 1 ? "1 working day" : `${count} working days`);

/**
 * How long a submission has waited for a clinician against the promise: "1 of 2 working
 * days", and "Overdue" in words (never colour alone) once the promise has passed.
 */
export function WaitedCell({ createdAt, promise }: { createdAt: string; promise: ContactPromise }) {
  const wait = waitOf(new Date(createdAt), new Date(promise.now), promise);
  const dueBy = <time dateTime={wait.dueBy}>{dayFormat.format(new Date(`${wait.dueBy}T00:00:00Z`))}</time>;
  return (
    <>
      {wait.overdue && (
        <>
          <span className="tag tag--overdue">Overdue</span>{" "}
        </>
      )}
      {wait.workingDays} of {workingDays(promise.contactDays)}
      <span className="table-detail">
        {wait.overdue ? "Was due by " : "Due by "}
        {dueBy}
      </span>
    </>
  );
}

/**
 * How long a case has waited for the information a clinician asked for: there is no promise
 * to keep here, only the time since the request.
 */
export function AskedCell({ askedAt, promise }: { askedAt: string; promise: ContactPromise }) {
  const asked = calendarDateIn(new Date(askedAt), promise.timeZone);
  if (asked === calendarDateIn(new Date(promise.now), promise.timeZone)) return <>Asked today</>;
  const days = workingDaysSince(new Date(askedAt), new Date(promise.now), promise.timeZone);
  // Over a weekend no working day has passed, but it was not today either: name the day.
  if (days === 0) return <>Asked {dayFormat.format(new Date(`${asked}T00:00:00Z`))}</>;
  return <>Asked {workingDays(days)} ago</>;
}
