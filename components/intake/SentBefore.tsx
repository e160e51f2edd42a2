"use client";

import { useEffect, useRef } from "react";
import { PhoneLink } from "@/components/ui/PhoneLink";
import { useDocumentTitle } from "./use-document-title";

interface SentBeforeProps {
  reference: string;
  clinicName: string;
  clinicPhone: string;
}

const HEADING = "Your screening has been sent";

/**
 * The result page opened again (a reload, or Forward after leaving): the answers and the
 * result were only ever in the page's memory, but the patient learns that the clinic has
 * them, and under which reference, instead of silently finding an empty form.
 */
export function SentBefore({ reference, clinicName, clinicPhone }: SentBeforeProps) {
  useDocumentTitle(`${HEADING} – ${clinicName}`);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <>
      <div className="panel panel--sent">
        <h1 ref={headingRef} tabIndex={-1} className="panel__title">
          {HEADING}
        </h1>
      </div>
      <p>
        Your reference: <span className="reference">{reference}</span>
      </p>
      <p>
        The clinic has your answers. For your privacy, the result isn&apos;t shown again on this page. If you need it, call us on{" "}
        <PhoneLink phone={clinicPhone} /> and quote your reference.
      </p>
      {/* A document load, not a client-side one: it replaces this entry, and with it the reference kept in its state. */}
      <a className="button button--secondary" href="/intake">
        Start a new screening
      </a>
    </>
  );
}
