import { getRosterImport } from "@/lib/roster/queries";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string; id: string }> };

/** How far an import has got, for the progress bar. */
export async function GET(_request: Request, { params }: Params) {
  const { tenant, id } = await params;
  const context = await tenantRouteContext(tenant, "roster.manage");
  const run = context ? await getRosterImport(context, id) : null;
  if (!run) {
    return new Response("Not found", { status: 404 });
  }
  return Response.json(
    { status: run.status, doneRows: run.doneRows, totalRows: run.totalRows },
    { headers: { "cache-control": "no-store" } },
  );
}
