import Link from "next/link";
import type { ReactNode } from "react";
import { PrintButton } from "./PrintButton";
import "./print.css";

interface PrintDocumentProps {
  /** The page's heading on screen; paper shows the summaries' own titles. */
  heading: string;
  backHref: string;
  backLabel: string;
  /** Screen-only messages (ids not found, a capped batch). */
  notices?: readonly string[];
  children: ReactNode;
}

/** A page made for paper: on screen, a heading, a way back and a Print button; on paper, only the summaries. */
export function PrintDocument({ heading, backHref, backLabel, notices = [], children }: PrintDocumentProps) {
  return (
    <div className="print-document">
      <div className="print-toolbar no-print">
        <Link href={backHref} className="print-toolbar__back">
          {backLabel}
        </Link>
        <h1 className="print-toolbar__heading">{heading}</h1>
        {notices.map((notice) => (
          <p key={notice} className="notice">
            {notice}
          </p>
        ))}
        <div className="print-toolbar__actions">
          <PrintButton />
          <span className="hint">Fits A4 and US Letter paper.</span>
        </div>
      </div>
      {children}
    </div>
  );
}
