import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteMyAccount, leaveNetwork } from "@/lib/account/delete-account";
import { exportMyData } from "@/lib/account/export-data";
import { resizeAvatar } from "@/lib/alumni/avatar/resize";
import { createAlumnus, createMember, createTenant } from "../support/factories";
import { createEvent } from "../support/events";
import { pngOf } from "../support/images";

async function alumnaInTwoCompanies() {
  const [a, b] = [await createTenant(), await createTenant()];
  const { user, membership, profile } = await createAlumnus(a.id, { displayName: "佐藤 花子" });
  const inB = await db.membership.create({ data: { tenantId: b.id, userId: user.id, role: "ALUMNI" } });
  await db.alumniProfile.create({ data: { tenantId: b.id, membershipId: inB.id, displayName: "佐藤 花子 (B)" } });
  await db.rosterEntry.create({ data: { tenantId: a.id, name: "佐藤 花子", email: user.email, employeeNumber: "A-9", membershipId: membership.id, department: "営業部" } });
  await db.consent.create({ data: { tenantId: a.id, membershipId: membership.id, version: "2026-11" } });
  await db.outboxEmail.create({ data: { to: user.email, from: "x@kizuna.local", subject: "招待", html: "", text: "" } });
  await db.profileAvatar.create({ data: { tenantId: a.id, profileId: profile.id, ...(await resizeAvatar(await pngOf(50, 50))) } });
  const event = await createEvent(a.id, { title: "年末交流会", questions: [{ id: "q1", label: "食事の制限", required: false }] });
  await db.eventRegistration.create({ data: { tenantId: a.id, eventId: event.id, membershipId: membership.id, status: "GOING", answers: { q1: "ベジタリアン" } } });
  return { a, b, user, membership, profile };
}

describe("my data", () => {
  it("exports everything held about me across companies, without secrets", async () => {
    const { user } = await alumnaInTwoCompanies();
    const data = await exportMyData(user.id);
    expect(data.account.email).toBe(user.email);
    expect(data.account.memberships.map((m) => m.profile?.displayName).sort()).toEqual(["佐藤 花子", "佐藤 花子 (B)"]);
    expect(data.rosterEntries).toEqual([expect.objectContaining({ employeeNumber: "A-9", department: "営業部" })]);
    expect(data.consents).toHaveLength(1);
    expect(data.emails).toEqual([expect.objectContaining({ subject: "招待" })]);
    expect(JSON.stringify(data)).not.toContain("passwordHash");
    const photos = data.account.memberships.map((m) => m.profile?.photo?.dataUrl ?? null);
    expect(photos).toContainEqual(expect.stringMatching(/^data:image\/webp;base64,UklGR/));
    expect(photos).toContain(null);
    const answers = data.account.memberships.flatMap((m) => m.eventRegistrations);
    expect(answers).toEqual([expect.objectContaining({ status: "GOING", answers: { q1: "ベジタリアン" }, event: expect.objectContaining({ title: "年末交流会" }) })]);
  });

  it("includes my application and HR's decision, invitations sent to my old address, and what staff did to my roster entry", async () => {
    const { a, user, membership } = await alumnaInTwoCompanies();
    await db.membership.update({ where: { id: membership.id }, data: { applicationNote: "営業部にいました", decisionNote: "確認済み", decidedAt: new Date() } });
    const entry = await db.rosterEntry.findFirstOrThrow({ where: { tenantId: a.id, membershipId: membership.id } });
    await db.invitation.create({
      data: { tenantId: a.id, rosterEntryId: entry.id, email: "old-work@example.com", nonce: "n", status: "BOUNCED", bounceReason: "Mailbox does not exist", expiresAt: new Date(), createdById: user.id },
    });
    await db.auditEvent.create({ data: { tenantId: a.id, actorUserId: user.id, action: "roster.update", targetRosterId: entry.id, details: { fields: ["department"] } } });

    const data = await exportMyData(user.id);
    expect(data.account.memberships).toContainEqual(expect.objectContaining({ applicationNote: "営業部にいました", decisionNote: "確認済み" }));
    expect(data.invitations).toEqual([expect.objectContaining({ email: "old-work@example.com", status: "BOUNCED", bounceReason: "Mailbox does not exist" })]);
    expect(data.adminActions).toEqual([expect.objectContaining({ action: "roster.update", details: { fields: ["department"] } })]);
  });

  it("deletes my account and personal data everywhere, keeping the company's roster entry unlinked", async () => {
    const { a, user, membership } = await alumnaInTwoCompanies();
    const membershipIds = (await db.membership.findMany({ where: { userId: user.id }, select: { id: true } })).map((m) => m.id);
    expect(membershipIds).toHaveLength(2);
    expect(await deleteMyAccount(user.id)).toEqual({ ok: true });
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.alumniProfile.count({ where: { membershipId: { in: membershipIds } } })).toBe(0);
    expect(await db.profileAvatar.count({ where: { tenantId: a.id } })).toBe(0);
    expect(await db.eventRegistration.count({ where: { membershipId: { in: membershipIds } } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: user.email } })).toBe(0);
    expect(await db.rosterEntry.findFirstOrThrow({ where: { employeeNumber: "A-9", email: user.email } })).toMatchObject({ membershipId: null });
    expect(await db.rosterEntry.count({ where: { membershipId: membership.id } })).toBe(0);
  });

  it("refuses to delete the only owner of a company", async () => {
    const tenant = await createTenant({ name: "オーナー株式会社" });
    const { user } = await createMember(tenant.id, "OWNER");
    expect(await deleteMyAccount(user.id)).toEqual({ ok: false, soleOwnerOf: ["オーナー株式会社"] });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("leaves one network, keeping the others", async () => {
    const { a, b, user } = await alumnaInTwoCompanies();
    expect(await leaveNetwork(user.id, a.slug)).toBe(true);
    expect(await db.membership.findFirst({ where: { userId: user.id, tenantId: a.id } })).toMatchObject({ status: "LEFT" });
    expect(await db.alumniProfile.count({ where: { tenantId: a.id } })).toBe(0);
    expect(await db.profileAvatar.count({ where: { tenantId: a.id } })).toBe(0);
    expect(await db.membership.findFirst({ where: { userId: user.id, tenantId: b.id } })).toMatchObject({ status: "ACTIVE" });
  });
});
