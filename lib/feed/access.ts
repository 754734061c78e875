import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";

// Who sees and does what in the feed. Every query and mutation of lib/feed starts from these, so a post of
// another company, or a hidden post of someone else, is simply not found.

/** Staff who post for the company and moderate (feed.manage). */
export const moderates = (context: TenantContext) => context.permissions.has("feed.manage");

/** The posts this member may read: every post of the company, except hidden ones of others (staff see those). */
export function readablePostsWhere(context: TenantContext): Prisma.FeedPostWhereInput {
  const tenantId = context.tenant.id;
  return moderates(context) ? { tenantId } : { tenantId, OR: [{ hiddenAt: null }, { authorId: context.membership.id }] };
}

/** A post this member may read, or null (another company's, someone else's hidden one, none). */
export async function findReadablePost(context: TenantContext, postId: string) {
  return db.feedPost.findFirst({ where: { ...readablePostsWhere(context), id: postId }, select: { id: true, authorId: true, fromStaff: true, hiddenAt: true } });
}

/** Whether alumni may post in this company's feed (the company's setting); staff always may. */
export async function alumniMayPost(tenantId: string): Promise<boolean> {
  const tenant = await db.tenant.findUnique({ where: { id: tenantId }, select: { feedAlumniPosts: true } });
  return tenant?.feedAlumniPosts ?? false;
}

export async function mayPost(context: TenantContext): Promise<boolean> {
  return moderates(context) || (await alumniMayPost(context.tenant.id));
}
