"use server";

import { redirect } from "next/navigation";
import { hrefWith } from "@/lib/search-params";
import { getDatabase } from "@/lib/server/db/client";
import { authorizePage } from "@/lib/server/pages";
import { saveStaffSearch } from "@/lib/server/submissions/staff-search";

/** The fields of the search form that are not patient data, and may stay in the URL. */
const URL_FIELDS = ["tab", "from", "to", "outcome"] as const;

/**
 * The staff search form posts here: the patient's details are kept on the server, and the
 * browser goes to the list with only the search's id and the other filters in its URL.
 */
export async function searchSubmissions(form: FormData): Promise<never> {
  const staff = await authorizePage("submissions.list");
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const search = await saveStaffSearch(getDatabase(), staff, { q: field("q"), dateOfBirth: field("dateOfBirth") });
  redirect(hrefWith("/staff", { search, ...Object.fromEntries(URL_FIELDS.map((name) => [name, field(name)])) }));
}
