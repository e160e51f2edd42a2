import type { Metadata } from "next";
import { FrontDeskHome } from "@/components/staff/FrontDeskHome";
import { ReviewQueue } from "@/components/staff/ReviewQueue";
import type { SearchParams } from "@/components/staff/search-params";
import { StaffFrame } from "@/components/staff/StaffFrame";
import { authorizePage } from "@/lib/server/auth/authorize-page";

export const metadata: Metadata = { title: "Staff" };

export const dynamic = "force-dynamic";

/** Each role's home: the review queue for clinicians and admins, today's list and search for the front desk. */
export default async function StaffHomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await authorizePage("submissions.list");
  const params = await searchParams;
  return (
    <StaffFrame staff={staff} current="home">
      {staff.role === "front_desk" ? <FrontDeskHome params={params} /> : <ReviewQueue params={params} staff={staff} />}
    </StaffFrame>
  );
}
