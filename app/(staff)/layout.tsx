import type { ReactNode } from "react";
import "./staff.css";

/** Adds the staff pages' styles (tables, queue tabs, the submission page); nothing on screen. */
export default function StaffLayout({ children }: { children: ReactNode }) {
  return children;
}
