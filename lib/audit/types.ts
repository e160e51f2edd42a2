/**
 * One audit log entry as the admin pages, `GET /api/audit` and its CSV export show it: the
 * codes as stored, and the same in words. Holds no patient data: a submission is named by
 * its reference only.
 */
export interface AuditItem {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  /** As stored: a role that has since been renamed stays readable. */
  actorRole: string | null;
  /** `actorRole` in words ("Front desk"). */
  actorRoleLabel: string | null;
  action: string;
  /** `action` in words ("Opened a submission"). */
  actionLabel: string;
  recordType: string | null;
  recordId: string | null;
  /**
   * What the record is called: a submission's reference (`MN-7K3P-9Q`) or a staff member's
   * name; null when there is no record, or it is not (or no longer) in the database.
   */
  recordLabel: string | null;
  outcome: string;
  /** `outcome` in words ("Refused"). */
  outcomeLabel: string;
  ipAddress: string | null;
}

export interface AuditPage {
  items: AuditItem[];
  nextCursor: string | null;
}
