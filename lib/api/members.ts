import "server-only";
import { visibleTo } from "@/lib/alumni/visibility";
import { db } from "@/lib/db";
import type { ApiCaller } from "./authenticate";
import { pageOf, type PageRequest } from "./pagination";
import type { memberSchema } from "./schemas";
import type { z } from "zod";

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The company's alumni as its staff see them in the admin (lib/members/member.ts): fields a person keeps private
 * are null, and someone who left or was removed has no current name or address. Rejected applicants are not
 * alumni and are not listed.
 */
export async function listMembers(caller: ApiCaller, page: PageRequest) {
  const tenantId = caller.tenantId;
  const rows = await db.membership.findMany({
    where: { tenantId, role: "ALUMNI", status: { not: "REJECTED" }, ...(page.after ? { id: { gt: page.after } } : {}) },
    orderBy: { id: "asc" },
    take: page.limit + 1,
    select: {
      id: true, status: true, createdAt: true, lastActiveOn: true,
      user: { select: { email: true, name: true } },
      profile: { select: { displayName: true, department: true, joinedOn: true, leftOn: true, currentCompany: true, currentTitle: true, openToReturn: true, visibility: true } },
    },
  });
  const entries = await db.rosterEntry.findMany({ where: { tenantId, membershipId: { in: rows.map((r) => r.id) } }, select: { membershipId: true, employeeNumber: true } });
  const numbers = new Map(entries.map((e) => [e.membershipId, e.employeeNumber]));
  return pageOf(rows, page.limit, (m): z.output<typeof memberSchema> => {
    const gone = m.status === "LEFT" || m.status === "REMOVED";
    const profile = m.profile ? visibleTo(m.profile, "STAFF") : null;
    return {
      id: m.id,
      status: m.status.toLowerCase() as z.output<typeof memberSchema>["status"],
      name: gone ? null : (profile?.displayName ?? m.user.name),
      email: gone ? null : m.user.email,
      employee_number: numbers.get(m.id) ?? null,
      department: profile?.department ?? null,
      joined_on: day(profile?.joinedOn),
      left_on: day(profile?.leftOn),
      current_company: profile?.currentCompany ?? null,
      current_title: profile?.currentTitle ?? null,
      open_to_return: profile?.openToReturn ?? null,
      registered_at: m.createdAt.toISOString(),
      last_active_on: day(m.lastActiveOn),
    };
  });
}
