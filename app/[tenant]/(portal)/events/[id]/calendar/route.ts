import { calendarFileForMember } from "@/lib/events/calendar-file";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string; id: string }> };

/** The event as an .ics file, for someone holding a seat (it carries the join link of an online event). */
export async function GET(_request: Request, { params }: Params) {
  const { tenant, id } = await params;
  const context = await tenantRouteContext(tenant, "portal.view");
  const ics = context ? await calendarFileForMember(context, id) : null;
  if (!ics) {
    return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  }
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="event-${id}.ics"`,
      "cache-control": "private, no-store",
    },
  });
}
