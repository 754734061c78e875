import { toLocalDateTime } from "@/lib/time/zoned";

export type PostingFormValues = Record<string, string | undefined>;

/** A saved posting as the admin form's initial values (the close date as a day in the company's time). */
export function postingFormValues(posting: { id: string; kind: string; title: string; description: string; department: string | null; location: string | null; remote: boolean; terms: string | null; contactPerson: string | null; segmentId: string | null; closesAt: Date | null }, timeZone: string): PostingFormValues {
  return {
    id: posting.id,
    kind: posting.kind,
    title: posting.title,
    description: posting.description,
    department: posting.department ?? "",
    location: posting.location ?? "",
    remote: posting.remote ? "on" : "",
    terms: posting.terms ?? "",
    contactPerson: posting.contactPerson ?? "",
    segmentId: posting.segmentId ?? "",
    closesOn: posting.closesAt ? toLocalDateTime(posting.closesAt, timeZone).slice(0, 10) : "",
  };
}
