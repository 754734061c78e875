import Papa from "papaparse";
import { getTranslations } from "next-intl/server";
import { attendeeRows } from "@/lib/events/export";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string; id: string }> };

/** The attendee list as CSV for Excel (UTF-8 with a BOM, CRLF). */
export async function GET(_request: Request, { params }: Params) {
  const { tenant, id } = await params;
  const context = await tenantRouteContext(tenant, "events.manage");
  const [t, tStatus] = await Promise.all([getTranslations("events.export"), getTranslations("events.status")]);
  const list = context ? await attendeeRows(context, id, (key) => t(key as never), (key) => tStatus(key as never)) : null;
  if (!list) {
    return new Response("Not found", { status: 404 });
  }
  const fileName = `event-${id}-attendees.csv`;
  return new Response(`\uFEFF${Papa.unparse(list.rows, { newline: "\r\n" })}\r\n`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}
