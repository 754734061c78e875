import "server-only";
import { db } from "@/lib/db";
import type { TenantContext } from "@/lib/tenancy/resolve";

export type SharedHistory = { department: string | null; from: number; to: number };

type Tenure = { department?: string | null; joinedOn?: Date | null; leftOn?: Date | null };

/**
 * When the viewer and the person were at the company together ("both in 営業部, 2015–2018"): overlapping years,
 * and the department when both were in the same one. Only from what the person shows this viewer; the viewer's
 * own profile counts in full (it is theirs). Null when there is no overlap to tell.
 */
export function overlap(mine: Tenure, theirs: Tenure): SharedHistory | null {
  if (!mine.joinedOn || !theirs.joinedOn) {
    return null;
  }
  const thisYear = new Date().getUTCFullYear();
  const from = Math.max(mine.joinedOn.getUTCFullYear(), theirs.joinedOn.getUTCFullYear());
  const to = Math.min(mine.leftOn?.getUTCFullYear() ?? thisYear, theirs.leftOn?.getUTCFullYear() ?? thisYear);
  if (from > to) {
    return null;
  }
  const department = mine.department && mine.department === theirs.department ? mine.department : null;
  return { department, from, to };
}

/** The viewer's shared history with a profile already cut to what the viewer may see. */
export async function sharedHistoryWith(context: TenantContext, theirs: Tenure & { membershipId: string }): Promise<SharedHistory | null> {
  if (theirs.membershipId === context.membership.id) {
    return null;
  }
  const mine = await db.alumniProfile.findFirst({
    where: { tenantId: context.tenant.id, membershipId: context.membership.id },
    select: { department: true, joinedOn: true, leftOn: true },
  });
  return mine ? overlap(mine, theirs) : null;
}
