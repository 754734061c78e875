import { threadUpdates } from "@/lib/inbox/updates";

type Params = { params: Promise<{ tenant: string; id: string }> };

/** New messages of the alumnus's own conversation, polled while it is open. */
export async function GET(request: Request, { params }: Params) {
  const { tenant, id } = await params;
  return threadUpdates(request, tenant, id, "member");
}
