import { receiveRosterUpload } from "@/lib/roster/uploads";
import { tenantRouteContext } from "@/lib/tenancy/guard";

type Params = { params: Promise<{ tenant: string }> };

/** Receives a roster file as the raw request body (streamed to disk, so the upload's progress can be shown). */
export async function POST(request: Request, { params }: Params) {
  const context = await tenantRouteContext((await params).tenant, "roster.manage");
  if (!context) {
    return new Response("Not found", { status: 404 });
  }
  const fileName = decodeURIComponent(request.headers.get("x-file-name") ?? "");
  if (!request.body) {
    return Response.json({ ok: false, reason: "empty" }, { status: 400 });
  }
  const outcome = await receiveRosterUpload(context, fileName, request.body);
  return Response.json(outcome, { status: outcome.ok ? 201 : outcome.reason === "tooLarge" ? 413 : 400 });
}
