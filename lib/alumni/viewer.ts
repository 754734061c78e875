import type { TenantContext } from "@/lib/tenancy/resolve";
import type { Viewer } from "./visibility";

/** Whose eyes a profile is shown to: its owner, the company's staff, or a fellow member. */
export function viewerFor(context: TenantContext, membershipId: string): Viewer {
  if (membershipId === context.membership.id) {
    return "SELF";
  }
  return context.permissions.has("alumni.read") ? "STAFF" : "ALUMNI";
}
