import { db } from "@/lib/db";
import { startConversation } from "@/lib/inbox/conversations";
import type { EmailNotificationJob } from "@/lib/jobs/queues";
import type { TenantContext } from "@/lib/tenancy/resolve";

/** The alumnus asks the company something; the new conversation's id. */
export async function askCompany(context: TenantContext, body = "在籍証明書の再発行をお願いできますか。", subject = "証明書について"): Promise<string> {
  const started = await startConversation(context, { topic: "QUESTION", subject, body });
  if (!started.ok) {
    throw new Error("rate limited");
  }
  return started.id;
}

/** The notification-mail jobs queued (in pgboss.job) for a tenant: messages mailed at once (decisions/024). */
export async function queuedMessageMails(tenantId: string): Promise<EmailNotificationJob[]> {
  const rows = await db.$queryRaw<{ data: EmailNotificationJob }[]>`SELECT data FROM pgboss.job WHERE name = 'notifications.email' AND data->>'tenantId' = ${tenantId} ORDER BY created_on`;
  return rows.map((r) => r.data);
}
