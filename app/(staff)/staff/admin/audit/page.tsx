import type { Metadata } from "next";
import { AUDIT_FILTER_FIELDS, AuditFilters } from "@/components/staff/AuditFilters";
import { AuditTable } from "@/components/staff/AuditTable";
import { fieldErrors } from "@/components/staff/field-errors";
import { NextPageLink } from "@/components/staff/NextPageLink";
import { parseFilters } from "@/components/staff/parse-filters";
import { hrefWith, paramValue, paramValues, type SearchParams } from "@/components/staff/search-params";
import { StaffFrame } from "@/components/staff/StaffFrame";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { listAuditEvents, auditQuerySchema } from "@/lib/server/audit/list-audit-events";
import { authorizePage } from "@/lib/server/auth/authorize-page";
import { getDatabase } from "@/lib/server/db/client";
import { listStaffUsers } from "@/lib/server/staff/list-staff-users";

export const metadata: Metadata = { title: "Audit log" };

export const dynamic = "force-dynamic";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await authorizePage("audit.read");
  const params = await searchParams;
  const values = paramValues(params, AUDIT_FILTER_FIELDS);
  const parsed = parseFilters(auditQuerySchema, params);
  const db = getDatabase();
  const [users, page] = await Promise.all([listStaffUsers(db), parsed.ok ? listAuditEvents(db, parsed.query) : null]);
  const errors = parsed.ok ? null : fieldErrors(parsed.issues, AUDIT_FILTER_FIELDS);
  return (
    <StaffFrame staff={staff} current="audit">
      {errors !== null && <ErrorSummary items={errors.summary} />}
      <h1>Audit log</h1>
      <p>Every sign-in, view, print, decision and account change, with refused attempts. Times are in UTC.</p>
      <AuditFilters values={values} errors={errors?.byField ?? {}} staff={users} />
      {page !== null && (
        <>
          <AuditTable items={page.items} />
          <NextPageLink
            nextHref={page.nextCursor === null ? null : hrefWith("/staff/admin/audit", { ...values, cursor: page.nextCursor })}
            firstHref={paramValue(params, "cursor") === "" ? null : hrefWith("/staff/admin/audit", values)}
          />
        </>
      )}
    </StaffFrame>
  );
}
