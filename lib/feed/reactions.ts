import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { findReadablePost } from "./access";
import type { ReactionName } from "./schema";

/**
 * Sets the member's reaction on a post to the state they asked for: on adds the row (once, whatever the number of
 * requests), off removes it. False: no such post for this member.
 */
export async function setReaction(context: TenantContext, postId: string, kind: ReactionName, on: boolean): Promise<boolean> {
  const post = await findReadablePost(context, postId);
  if (!post) {
    return false;
  }
  const key = { tenantId: context.tenant.id, postId, membershipId: context.membership.id, kind };
  if (on) {
    await db.feedReaction.createMany({ data: [key], skipDuplicates: true });
  } else {
    await db.feedReaction.deleteMany({ where: key });
  }
  return true;
}
