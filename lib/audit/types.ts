/** One audit log entry as the admin pages show it. Holds no patient data. */
export interface AuditItem {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  /** As stored: a role that has since been renamed stays readable. */
  actorRole: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  outcome: string;
  ipAddress: string | null;
}

export interface AuditPage {
  items: AuditItem[];
  nextCursor: string | null;
}
