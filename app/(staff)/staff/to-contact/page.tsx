import type { Metadata } from "next";
import { ToContactList } from "@/components/front-desk/ToContactList";
import { StaffFrame } from "@/components/layout/StaffFrame";
import { NextPageLink } from "@/components/ui/NextPageLink";
import { hrefWith, paramValue, type SearchParams } from "@/lib/search-params";
import { getDatabase } from "@/lib/server/db/client";
import { listToContact, toContactQuerySchema } from "@/lib/server/follow-up/list-to-contact";
import { validateSearchParams } from "@/lib/server/http/read-input";
import { authorizePage } from "@/lib/server/pages";

export const metadata: Metadata = { title: "To contact" };

export const dynamic = "force-dynamic";

const PATH = "/staff/to-contact";

/** The front desk's "To contact" list: eligible and approved patients to call or email to book. */
export default async function ToContactPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await authorizePage("followUp.contact");
  const params = await searchParams;
  const parsed = validateSearchParams(toContactQuerySchema, params);
  const page = parsed.ok ? await listToContact(getDatabase(), parsed.data) : null;
  return (
    <StaffFrame staff={staff} current="to-contact">
      <h1>To contact</h1>
      <p>Eligible and approved patients to contact about booking, the longest waiting first. A patient leaves the list once they are reached and book or decline.</p>
      {page === null ? (
        // Only a cursor or limit edited by hand gets here: the list's own links are always valid.
        <p className="notice notice--warning">This page of the list does not exist. Use the link to the first page below.</p>
      ) : (
        <ToContactList items={page.items} />
      )}
      <NextPageLink
        nextHref={page?.nextCursor ? hrefWith(PATH, { cursor: page.nextCursor }) : null}
        firstHref={paramValue(params, "cursor") === "" ? null : PATH}
      />
    </StaffFrame>
  );
}
