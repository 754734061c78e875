import { threadUpdates } from "@/lib/inbox/updates";

type Params = { params: Promise<{ tenant: string; id: string }> };

/** New messages and notes of a conversation in the shared inbox, polled while staff have it open. */
export async function GET(request: Request, { params }: Params) {
  const { tenant, id } = await params;
  return threadUpdates(request, tenant, id, "staff");
}
