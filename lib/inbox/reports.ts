import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { ReportReason } from "@/lib/generated/prisma/enums";
import { applyMemberChange } from "@/lib/members/manage";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { readableConversationsWhere } from "./access";
import { displayNames } from "./people";

// Reports of direct messages and the moderation queue (decisions/022). Staff never read a direct conversation:
// a report carries a copy of the one message reported, and that copy is all they see.

/**
 * The caller reports a message the other person wrote in one of the caller's direct conversations. "already": they
 * reported it before (nothing new is stored); null: no such message for this caller (a 404).
 */
export async function reportMessage(context: TenantContext, input: { messageId: string; reason: ReportReason; note: string | null }): Promise<"reported" | "already" | null> {
  const tenantId = context.tenant.id;
  const me = context.membership.id;
  const readable = readableConversationsWhere(context, "member")!;
  const message = await db.conversationMessage.findFirst({
    where: { tenantId, id: input.messageId, internal: false, authorId: { not: me }, conversation: { ...readable, kind: "DIRECT" } },
    select: { id: true, conversationId: true, authorId: true, body: true, createdAt: true },
  });
  if (!message) {
    return null;
  }
  const created = await db.messageReport.createMany({
    data: [{ tenantId, conversationId: message.conversationId, messageId: message.id, reporterId: me, reportedId: message.authorId, reason: input.reason, note: input.note, body: message.body, messageAt: message.createdAt }],
    skipDuplicates: true,
  });
  return created.count ? "reported" : "already";
}

export type ReportFilter = "OPEN" | "CLOSED";

/** The moderation queue: open reports oldest first (or closed ones newest first), with who reported whom. */
export async function listReports(context: TenantContext, filter: ReportFilter) {
  const tenantId = context.tenant.id;
  const rows = await db.messageReport.findMany({
    where: { tenantId, status: filter === "OPEN" ? "OPEN" : { not: "OPEN" } },
    orderBy: { createdAt: filter === "OPEN" ? "asc" : "desc" },
    take: 200,
    select: { id: true, reason: true, note: true, body: true, messageAt: true, status: true, reporterId: true, reportedId: true, resolvedAt: true, createdAt: true },
  });
  const people = [...new Set(rows.flatMap((r) => [r.reporterId, r.reportedId]))];
  const [names, statuses] = await Promise.all([
    displayNames(tenantId, people),
    db.membership.findMany({ where: { tenantId, id: { in: people } }, select: { id: true, status: true } }),
  ]);
  const statusOf = new Map(statuses.map((m) => [m.id, m.status]));
  return rows.map((r) => ({
    ...r,
    reporterName: names.get(r.reporterId) ?? "—",
    reportedName: names.get(r.reportedId) ?? "—",
    reportedStatus: statusOf.get(r.reportedId) ?? null,
  }));
}

/** Open reports: the moderation link's badge. */
export async function countOpenReports(tenantId: string): Promise<number> {
  return db.messageReport.count({ where: { tenantId, status: "OPEN" } });
}

/** Staff close an open report without acting on anyone. Null: no open report of that id in this company. */
export async function dismissReport(context: TenantContext, reportId: string): Promise<true | null> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const { count } = await tx.messageReport.updateMany({
      where: { tenantId, id: reportId, status: "OPEN" },
      data: { status: "DISMISSED", resolvedById: context.membership.id, resolvedAt: new Date() },
    });
    if (!count) {
      return null;
    }
    const report = await tx.messageReport.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: reportId } }, select: { reportedId: true, reason: true } });
    await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "report.dismiss", targetMembershipId: report.reportedId, details: { report: reportId, reason: report.reason } }]);
    return true;
  });
}

/**
 * Staff suspend the reported member (the existing SUSPENDED status: no access to this company's portal until
 * reinstated) and close every open report about them, all in one transaction with the audit entries.
 * Null: no open report of that id in this company.
 */
export async function suspendReported(context: TenantContext, reportId: string): Promise<{ suspended: boolean } | null> {
  const tenantId = context.tenant.id;
  return db.$transaction(async (tx) => {
    const report = await tx.messageReport.findFirst({ where: { tenantId, id: reportId, status: "OPEN" }, select: { reportedId: true, reason: true } });
    if (!report) {
      return null;
    }
    const outcome = await applyMemberChange(tx, context, "suspend", [report.reportedId], null);
    await tx.messageReport.updateMany({
      where: { tenantId, reportedId: report.reportedId, status: "OPEN" },
      data: { status: "SUSPENDED", resolvedById: context.membership.id, resolvedAt: new Date() },
    });
    await recordAudit(tx, { tenantId, userId: context.userId }, [{ action: "report.suspend", targetMembershipId: report.reportedId, details: { report: reportId, reason: report.reason } }]);
    return { suspended: outcome.changed > 0 };
  });
}
