import Link from "next/link";
import { getConfig } from "@/lib/server/config";

export default function HomePage() {
  const { clinicName } = getConfig();
  return (
    <>
      <h1>Could microneedling be right for you?</h1>
      <p className="lead">
        Answer a few questions about your skin and your health before you book with {clinicName}. It
        takes about 5 minutes, and you will see your result straight away.
      </p>
      <p>
        Microneedling (collagen induction therapy) can help with acne scars, fine lines, stretch marks
        and uneven skin texture. It is not right for everyone, so we check a few things first.
      </p>
      <Link className="button button--start" href="/intake">
        Start your screening
      </Link>
      <p>
        Saved your answers to finish later? <Link href="/intake/resume">Finish a saved screening</Link>.
      </p>
      <p className="hint">
        Your answers are only seen by our clinical team. Staff can <Link href="/staff/sign-in">sign in here</Link>.
      </p>
    </>
  );
}
