"use client";

import { useEffect, useRef } from "react";
import { STEP_IDS, type StepId } from "@/lib/questionnaire/step-order";

/**
 * What the intake keeps in a history entry's state: the step it shows, or, once sent, the
 * reference. Never an answer: `history.state` outlives the page (a reload restores it) and
 * the answers must exist only in memory. `index` counts the intake's entries from its first.
 */
type IntakeEntry = { readonly index: number } & ({ readonly step: StepId } | { readonly sentReference: string });

const KEY = "intake";

function entryOf(state: unknown): IntakeEntry | undefined {
  if (typeof state !== "object" || state === null || !(KEY in state)) return undefined;
  const entry: unknown = (state as Record<string, unknown>)[KEY];
  if (typeof entry !== "object" || entry === null) return undefined;
  const { index, step, sentReference } = entry as Record<string, unknown>;
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0) return undefined;
  if (typeof sentReference === "string") return { index, sentReference };
  const known = STEP_IDS.find((id) => id === step);
  return known && { index, step: known };
}

/** The reference kept in the current history entry when its intake was sent, if it was. */
export function sentReferenceOf(state: unknown): string | undefined {
  const entry = entryOf(state);
  return entry && "sentReference" in entry ? entry.sentReference : undefined;
}

// Next.js copies its own router state into entries written with the plain History API
// (its patched pushState/replaceState), so these entries stay ones it can traverse.
function write(method: "pushState" | "replaceState", entry: IntakeEntry): void {
  const state: unknown = window.history.state;
  window.history[method]({ ...(typeof state === "object" ? state : {}), [KEY]: entry }, "");
}

// The few parts of the Navigation API used here (TypeScript's DOM library has no types for it yet).
interface NavigateEvent extends Event {
  readonly navigationType: "push" | "replace" | "reload" | "traverse";
  readonly cancelable: boolean;
  readonly destination: { readonly index: number };
}
interface NavigationApi {
  readonly currentEntry: { readonly index: number } | null;
  addEventListener(type: "navigate", listener: (event: NavigateEvent) => void): void;
  removeEventListener(type: "navigate", listener: (event: NavigateEvent) => void): void;
}

function navigationApi(): NavigationApi | undefined {
  return (window as { navigation?: NavigationApi }).navigation;
}

export const LEAVE_WARNING = "Leave your screening? Your answers have not been saved and will be lost.";

export interface StepHistoryOptions {
  /** The step on screen, or `undefined` once the answers have been sent. */
  readonly step: StepId | undefined;
  /** Once sent: the reference that a reload of this entry shows again. */
  readonly sentReference: string | undefined;
  /** Whether leaving the intake would lose answers: going back past its first entry asks first. */
  readonly unsaved: boolean;
  /** Back or Forward reached another of the intake's steps. */
  readonly onStep: (step: StepId) => void;
  /** The page opened on an entry of an intake that was already sent (a reload of the result). */
  readonly onSentBefore: (reference: string) => void;
}

/**
 * Makes each step of the intake an entry in the browser's history, so Back and Forward (and a
 * phone's swipe) move between steps instead of leaving the page. Going back past the first
 * step asks before unsaved answers are lost; after sending, Back leaves the intake.
 * Returns `back(to)`, for the form's own Back button: when the entry before this one shows
 * step `to`, it goes back in history (so Forward undoes it) and returns true.
 */
export function useStepHistory({ step, sentReference, unsaved, onStep, onSentBefore }: StepHistoryOptions): (to: StepId) => boolean {
  const position = useRef<number | undefined>(undefined);
  // The step of each of this page's entries, by index, to tell where the browser's Back leads.
  const stepAt = useRef<StepId[]>([]);
  // The popstate listener is added once; it reads the latest values through this ref.
  const latest = useRef({ step, unsaved, onStep, onSentBefore });
  useEffect(() => {
    latest.current = { step, unsaved, onStep, onSentBefore };
  });

  useEffect(() => {
    const current = entryOf(window.history.state);
    if (position.current === undefined) {
      position.current = 0;
      // A reload of the result: the answers are gone, but the patient learns that they were sent.
      if (current && "sentReference" in current) {
        position.current = current.index;
        latest.current.onSentBefore(current.sentReference);
      } else if (step !== undefined) {
        write("replaceState", { index: 0, step });
        stepAt.current = [step];
      }
      return;
    }
    if (sentReference !== undefined) {
      write("replaceState", { index: position.current, sentReference });
    } else if (step !== undefined && (current === undefined || !("step" in current) || current.step !== step)) {
      position.current += 1;
      write("pushState", { index: position.current, step });
      // A new entry drops those that Forward would have reached.
      stepAt.current = [...stepAt.current.slice(0, position.current), step];
    }
  }, [step, sentReference]);

  useEffect(() => {
    const navigation = navigationApi();
    // The entry the intake opened on: traversing to one before it leaves the intake.
    const firstIndex = navigation?.currentEntry?.index ?? 0;
    const wouldLose = (): boolean => latest.current.step !== undefined && latest.current.unsaved;

    // Where the browser has the Navigation API, Back past the first step is asked about before
    // it happens, and cancelled if the patient stays. Its popstate would come too late: Next.js
    // listens first, and React renders the previous page synchronously within popstate.
    const onNavigate = (event: NavigateEvent): void => {
      if (event.navigationType !== "traverse" || !event.cancelable || event.destination.index >= firstIndex) return;
      if (wouldLose() && !window.confirm(LEAVE_WARNING)) event.preventDefault();
    };

    // In the capture phase, so it runs before Next.js's own listener where the browser lets it.
    const onPopState = (event: PopStateEvent): void => {
      const entry = entryOf(event.state);
      if (entry && "step" in entry) {
        if (latest.current.step === undefined) {
          // After sending there is no step to go back to: leave the intake altogether.
          window.history.go(-(entry.index + 1));
          return;
        }
        position.current = entry.index;
        stepAt.current[entry.index] = entry.step;
        latest.current.onStep(entry.step);
        return;
      }
      if (navigation === undefined && entry === undefined && wouldLose() && !window.confirm(LEAVE_WARNING)) {
        // Stay: Next.js must not render the page the patient chose not to go to.
        event.stopImmediatePropagation();
        window.history.forward();
      }
    };
    navigation?.addEventListener("navigate", onNavigate);
    window.addEventListener("popstate", onPopState, { capture: true });
    return () => {
      navigation?.removeEventListener("navigate", onNavigate);
      window.removeEventListener("popstate", onPopState, { capture: true });
    };
  }, []);

  return (to) => {
    const previous = position.current === undefined ? undefined : stepAt.current[position.current - 1];
    if (previous !== to) return false;
    window.history.back();
    return true;
  };
}
