import "server-only";
import { consume } from "@/lib/abuse/limits";
import type { TenantContext } from "@/lib/tenancy/resolve";

/** Counts one post or comment against the member's feed limit (lib/abuse/limits.ts); true when it is within it. */
export async function withinFeedLimit(context: TenantContext): Promise<boolean> {
  return (await consume("feedWritesPerMember", `${context.tenant.id}:${context.membership.id}`)) === 0;
}
