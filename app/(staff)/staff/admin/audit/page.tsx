import type { Metadata } from "next";
import { AUDIT_FILTER_FIELDS, AuditFilters } from "@/components/admin/AuditFilters";
import { AuditTable } from "@/components/admin/AuditTable";
import { StaffFrame } from "@/components/layout/StaffFrame";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { fieldErrors } from "@/components/ui/field-errors";
import { NextPageLink } from "@/components/ui/NextPageLink";
import { hrefWith, paramValue, paramValues, type SearchParams } from "@/lib/search-params";
import { auditQuerySchema, listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { getDatabase } from "@/lib/server/db/client";
import { validateSearchParams } from "@/lib/server/http/read-input";
import { getConfig } from "@/lib/server/config";
import { authorizePage } from "@/lib/server/pages";
import { listStaffUsers } from "@/lib/server/staff/list-staff-users";

export const metadata: Metadata = { title: "Audit log" };

export const dynamic = "force-dynamic";

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await authorizePage("audit.read");
  const params = await searchParams;
  const values = paramValues(params, AUDIT_FILTER_FIELDS);
  const parsed = validateSearchParams(auditQuerySchema, params);
  const db = getDatabase();
  const [users, page] = await Promise.all([listStaffUsers(db), parsed.ok ? listAuditEvents(db, parsed.data) : null]);
  const errors = parsed.ok ? null : fieldErrors(parsed.issues, AUDIT_FILTER_FIELDS);
  return (
    <StaffFrame staff={staff} current="audit">
      {errors !== null && <ErrorSummary items={errors.summary} />}
      <h1>Audit log</h1>
      <p>
        Every sign-in, view, print, decision, export and account change, with refused attempts. Times and dates are the
        clinic&apos;s ({getConfig().clinicTimeZone}).
      </p>
      <AuditFilters values={values} errors={errors?.byField ?? {}} staff={users} />
      {page !== null && (
        <>
          <AuditTable items={page.items} />
          <p>
            <a href={hrefWith("/api/audit/export", values)} download>
              Export CSV
            </a>{" "}
            <span className="hint">(every entry these filters match, on every page)</span>
          </p>
          <NextPageLink
            nextHref={page.nextCursor === null ? null : hrefWith("/staff/admin/audit", { ...values, cursor: page.nextCursor })}
            firstHref={paramValue(params, "cursor") === "" ? null : hrefWith("/staff/admin/audit", values)}
          />
        </>
      )}
    </StaffFrame>
  );
}
