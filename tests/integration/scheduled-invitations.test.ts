import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inviteFromRoster, resendInvitation, scheduledSendTime } from "@/lib/invitations/invite";
import { releaseDueInvitations } from "@/lib/invitations/release";
import { sendInvitationEmails } from "@/lib/invitations/send";
import { invitationState } from "@/lib/invitations/state";
import { saveRosterEntry } from "@/lib/roster/mutations";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { localToday } from "@/lib/time/zoned";
import { createMember, createTenant } from "../support/factories";

process.env.AUTH_URL = "http://localhost:3000";
const DAY = 86_400_000;

async function companyWithLeaver(inDays: number) {
  const tenant = await createTenant();
  const { user } = await createMember(tenant.id, "HR");
  const context = (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
  const leftOn = new Date(localToday("Asia/Tokyo").getTime() + inDays * DAY);
  const entry = await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "退職 予定", email: `leaver@${tenant.slug}.example`, leftOn } });
  return { tenant, context, entry, leftOn };
}

describe("invitations scheduled for a leaver's last day", () => {
  it("schedules someone still employed for 17:00 (company time) on their leave date, and mails nothing before then", async () => {
    const { tenant, context, entry, leftOn } = await companyWithLeaver(10);
    expect(await inviteFromRoster(context, { entryIds: [entry.id] })).toEqual({ invited: 0, scheduled: 1, noEmail: 0, alreadyInvited: 0 });
    const invitation = await db.invitation.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(invitation.scheduledFor?.toISOString()).toBe(new Date(leftOn.getTime() + 8 * 3_600_000).toISOString());
    // Valid for the usual 14 days from the day it goes out.
    expect(invitation.expiresAt.getTime() - invitation.scheduledFor!.getTime()).toBe(14 * DAY);
    expect(invitationState({ membershipId: null }, invitation)).toBe("scheduled");

    expect(await sendInvitationEmails(tenant.id, [invitation.id])).toBe(0);
    expect(await releaseDueInvitations()).toEqual({ sent: 0, failed: 0 });
    expect(await db.outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await inviteFromRoster(context, { everyone: true })).toMatchObject({ scheduled: 0, alreadyInvited: 1 });

    expect(await db.auditEvent.findFirst({ where: { tenantId: tenant.id } })).toMatchObject({ action: "invitation.schedule", targetRosterId: entry.id, actorUserId: context.userId });
  });

  it("sends it when its time has come, once, however often the release runs", async () => {
    const { tenant, context, entry } = await companyWithLeaver(3);
    await inviteFromRoster(context, { entryIds: [entry.id] });
    const later = new Date(Date.now() + 5 * DAY);
    expect(await releaseDueInvitations(later)).toMatchObject({ sent: 1, failed: 0 });
    expect(await releaseDueInvitations(later)).toEqual({ sent: 0, failed: 0 });
    const emails = await db.outboxEmail.findMany({ where: { tenantId: tenant.id } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.to).toBe(`leaver@${tenant.slug}.example`);
    expect(await db.invitation.findFirstOrThrow({ where: { tenantId: tenant.id } })).toMatchObject({ status: "SENT" });
  });

  it("can be sent now instead, which also ends the schedule", async () => {
    const { tenant, context, entry } = await companyWithLeaver(20);
    await inviteFromRoster(context, { entryIds: [entry.id] });
    const invitation = await db.invitation.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(await resendInvitation(context, invitation.id)).toBe(true);
    const now = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(now.scheduledFor).toBeNull();
    expect(await sendInvitationEmails(tenant.id, [invitation.id])).toBe(1);
  });

  it("follows the roster entry: a new leave date moves the schedule, a corrected address is where it goes", async () => {
    const { tenant, context, entry } = await companyWithLeaver(10);
    await inviteFromRoster(context, { entryIds: [entry.id] });
    const later = new Date(localToday("Asia/Tokyo").getTime() + 20 * DAY);
    const form = { name: "退職 予定", nameKana: null, employeeNumber: null, department: null, joinedOn: null, email: `new@${tenant.slug}.example`, leftOn: later };
    expect(await saveRosterEntry(context, form, entry.id)).toEqual({ ok: true, id: entry.id });
    const invitation = await db.invitation.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(invitation.scheduledFor?.toISOString()).toBe(new Date(later.getTime() + 8 * 3_600_000).toISOString());
    expect(invitation.email).toBe(`new@${tenant.slug}.example`);
    const [update] = await db.auditEvent.findMany({ where: { tenantId: tenant.id, action: "roster.update" } });
    expect(update?.details).toEqual({ fields: ["email", "leftOn"] });
  });

  it("invites at once people who have left, or leave today", () => {
    const today = localToday("Asia/Tokyo");
    expect(scheduledSendTime(today, "Asia/Tokyo")).toBeNull();
    expect(scheduledSendTime(new Date(today.getTime() - DAY), "Asia/Tokyo")).toBeNull();
    expect(scheduledSendTime(null, "Asia/Tokyo")).toBeNull();
    expect(scheduledSendTime(new Date(today.getTime() + DAY), "Asia/Tokyo")).not.toBeNull();
  });
});
