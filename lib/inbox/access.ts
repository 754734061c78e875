import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TenantContext } from "@/lib/tenancy/resolve";

// The one place that decides who reads a conversation. A member reads the conversations they are a MEMBER
// participant of (their own with the company; later, their direct ones); staff holding inbox.manage read every
// COMPANY conversation of their company, notes included. Everything else — another alumnus's thread, another
// company's id — finds nothing, which callers turn into a 404.

export type Side = "member" | "staff";

/** The conversations this caller may read from the given side, or null when they may not use that side at all. */
export function readableConversationsWhere(context: TenantContext, side: Side): Prisma.ConversationWhereInput | null {
  const tenantId = context.tenant.id;
  if (side === "staff") {
    return context.permissions.has("inbox.manage") ? { tenantId, kind: "COMPANY" } : null;
  }
  return { tenantId, participants: { some: { tenantId, membershipId: context.membership.id, side: "MEMBER" } } };
}

/** Which messages a side sees: staff see their notes, members never do. */
export function visibleMessagesWhere(side: Side): Prisma.ConversationMessageWhereInput {
  return side === "staff" ? {} : { internal: false };
}
