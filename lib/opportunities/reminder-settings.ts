import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";

/** After how many untouched days the company's pipeline items are highlighted and their owners reminded. */
export async function reminderDaysOf(context: TenantContext): Promise<number> {
  const tenant = await db.tenant.findUniqueOrThrow({ where: { id: context.tenant.id }, select: { pipelineReminderDays: true } });
  return tenant.pipelineReminderDays;
}

/** Changes it; an item already reminded is reminded again once it has been untouched for the new N days. */
export async function setReminderDays(context: TenantContext, days: number): Promise<void> {
  await db.tenant.update({ where: { id: context.tenant.id }, data: { pipelineReminderDays: days } });
}
