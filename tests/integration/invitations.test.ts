import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptInvitation, openInvitation } from "@/lib/invitations/accept";
import { inviteFromRoster, resendInvitation, revokeInvitation } from "@/lib/invitations/invite";
import { sendInvitationEmails } from "@/lib/invitations/send";
import { invitationToken } from "@/lib/invitations/token";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createMember, createTenant, createUser } from "../support/factories";

process.env.AUTH_URL = "http://localhost:3000";

async function companyWithRoster() {
  const tenant = await createTenant();
  const { user } = await createMember(tenant.id, "HR");
  const context = (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
  const suffix = tenant.slug;
  const entries = await db.rosterEntry.createManyAndReturn({
    data: [
      { tenantId: tenant.id, employeeNumber: "A1", name: "山田 太郎", email: `taro@${suffix}.example`, department: "営業部" },
      { tenantId: tenant.id, employeeNumber: "A2", name: "佐藤 花子", email: `hanako@${suffix}.example` },
      { tenantId: tenant.id, employeeNumber: "A3", name: "メールなし 次郎" },
    ],
    select: { id: true, name: true },
  });
  return { tenant, context, entries };
}

async function sentTokenFor(tenantId: string, entryId: string) {
  const invitation = await db.invitation.findFirstOrThrow({ where: { tenantId, rosterEntryId: entryId }, orderBy: { createdAt: "desc" } });
  await sendInvitationEmails(tenantId, [invitation.id]);
  return { invitation, token: invitationToken(invitation.id, invitation.nonce) };
}

describe("inviting from the roster", () => {
  it("gives each person one invitation when two staff press invite for everyone at the same moment", async () => {
    const { tenant, context } = await companyWithRoster();
    const outcomes = await Promise.all([inviteFromRoster(context, { everyone: true }), inviteFromRoster(context, { everyone: true })]);
    expect(outcomes.map((o) => o.invited).sort()).toEqual([0, 2]);
    expect(await db.invitation.count({ where: { tenantId: tenant.id } })).toBe(2);
  });

  it("invites everyone not invited yet who has an email, and queues the emails instead of sending them", async () => {
    const { tenant, context } = await companyWithRoster();
    expect(await inviteFromRoster(context, { everyone: true })).toEqual({ invited: 2, scheduled: 0, noEmail: 1, alreadyInvited: 0 });
    expect(await db.invitation.count({ where: { tenantId: tenant.id, status: "PENDING" } })).toBe(2);
    expect(await db.outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(0);
    const jobs = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM pgboss.job WHERE name = 'invitations.send'`;
    expect(Number(jobs[0]!.count)).toBeGreaterThanOrEqual(1);
    expect(await inviteFromRoster(context, { everyone: true })).toEqual({ invited: 0, scheduled: 0, noEmail: 1, alreadyInvited: 2 });
  });

  it("sends each invitation once, however often the job runs, with a link that opens it", async () => {
    const { tenant, context, entries } = await companyWithRoster();
    await inviteFromRoster(context, { entryIds: [entries[0]!.id] });
    const invitation = await db.invitation.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(await sendInvitationEmails(tenant.id, [invitation.id])).toBe(1);
    expect(await sendInvitationEmails(tenant.id, [invitation.id])).toBe(0);
    const emails = await db.outboxEmail.findMany({ where: { tenantId: tenant.id } });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toContain("アルムナイ・ネットワークへのご招待");
    expect(emails[0]!.text).toContain("山田 太郎 様");
    const token = invitationToken(invitation.id, invitation.nonce);
    expect(emails[0]!.text).toContain(`http://localhost:3000/${tenant.slug}/join/${token}`);
    expect(await openInvitation(tenant.slug, token)).toMatchObject({ ok: true, value: { person: { name: "山田 太郎" } } });
  });

  it("refuses a forged, another company's, expired, withdrawn or superseded link", async () => {
    const { tenant, context, entries } = await companyWithRoster();
    const other = await createTenant();
    await inviteFromRoster(context, { entryIds: [entries[0]!.id] });
    const { invitation, token } = await sentTokenFor(tenant.id, entries[0]!.id);
    expect(await openInvitation(tenant.slug, `${invitation.id}.${"x".repeat(43)}`)).toEqual({ ok: false, problem: "invalid" });
    expect(await openInvitation(other.slug, token)).toEqual({ ok: false, problem: "invalid" });

    await resendInvitation(context, invitation.id);
    expect(await openInvitation(tenant.slug, token)).toEqual({ ok: false, problem: "invalid" });
    const fresh = await sentTokenFor(tenant.id, entries[0]!.id);
    await db.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await openInvitation(tenant.slug, fresh.token)).toEqual({ ok: false, problem: "expired" });
    await revokeInvitation(context, invitation.id);
    expect(await openInvitation(tenant.slug, fresh.token)).toEqual({ ok: false, problem: "revoked" });
  });
});

describe("joining from an invitation", () => {
  it("makes a verified account, a membership, a profile from the roster, links the roster entry and records consent", async () => {
    const { tenant, context, entries } = await companyWithRoster();
    await inviteFromRoster(context, { entryIds: [entries[0]!.id] });
    const { token } = await sentTokenFor(tenant.id, entries[0]!.id);
    const outcome = await acceptInvitation(tenant.slug, token, { newAccount: { name: "山田 太郎", password: "long-enough-pass", locale: "ja" } });
    expect(outcome).toMatchObject({ ok: true, email: `taro@${tenant.slug}.example` });
    const user = await db.user.findUniqueOrThrow({ where: { email: `taro@${tenant.slug}.example` }, include: { memberships: { include: { profile: true } } } });
    expect(user.emailVerified).not.toBeNull();
    expect(user.memberships[0]).toMatchObject({ tenantId: tenant.id, role: "ALUMNI", status: "ACTIVE", profile: { department: "営業部" } });
    expect(await db.rosterEntry.findUniqueOrThrow({ where: { id: entries[0]!.id } })).toMatchObject({ membershipId: user.memberships[0]!.id });
    expect(await db.consent.findFirst({ where: { membershipId: user.memberships[0]!.id } })).toMatchObject({ version: "2026-11" });
    expect(await openInvitation(tenant.slug, token)).toEqual({ ok: false, problem: "used" });
  });

  it("lets exactly one of two simultaneous joins through", async () => {
    const { tenant, context, entries } = await companyWithRoster();
    await inviteFromRoster(context, { entryIds: [entries[1]!.id] });
    const { token } = await sentTokenFor(tenant.id, entries[1]!.id);
    const [a, b] = [await createUser(), await createUser()];
    const outcomes = await Promise.all([acceptInvitation(tenant.slug, token, { userId: a.id }), acceptInvitation(tenant.slug, token, { userId: b.id })]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(await db.membership.count({ where: { tenantId: tenant.id, role: "ALUMNI" } })).toBe(1);
  });

  it("writes nothing when the invited email already has an account, and the link still works after signing in", async () => {
    const { tenant, context, entries } = await companyWithRoster();
    const existing = await createUser({ email: `hanako@${tenant.slug}.example` });
    await inviteFromRoster(context, { entryIds: [entries[1]!.id] });
    const { token } = await sentTokenFor(tenant.id, entries[1]!.id);
    expect(await acceptInvitation(tenant.slug, token, { newAccount: { name: "佐藤", password: "long-enough-pass", locale: "ja" } })).toEqual({ ok: false, problem: "emailTaken" });
    expect(await db.membership.count({ where: { tenantId: tenant.id, role: "ALUMNI" } })).toBe(0);
    expect(await acceptInvitation(tenant.slug, token, { userId: existing.id })).toMatchObject({ ok: true });
  });
});
