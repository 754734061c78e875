import { describe, expect, it } from "vitest";
import { leaveNetwork } from "@/lib/account/delete-account";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/invitations/accept";
import { inviteFromRoster } from "@/lib/invitations/invite";
import { sendInvitationEmails } from "@/lib/invitations/send";
import { invitationToken } from "@/lib/invitations/token";
import { changeMembers } from "@/lib/members/manage";
import { decideApplicant, listApplicants } from "@/lib/join/applicants";
import { joinProofToken, readJoinProof } from "@/lib/join/email-proof";
import { requestJoinLink, selfJoin } from "@/lib/join/self-join";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createMember, createTenant } from "../support/factories";

process.env.AUTH_URL = "http://localhost:3000";
const account = (name: string) => ({ newAccount: { name, password: "long-enough-pass", locale: "ja" as const } });

async function company(rule: "INVITE_ONLY" | "ROSTER_MATCH" | "APPROVAL" = "ROSTER_MATCH") {
  const tenant = await createTenant();
  await db.tenant.update({ where: { id: tenant.id }, data: { registrationRule: rule } });
  const { user } = await createMember(tenant.id, "HR");
  await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "名簿 太郎", email: `taro@${tenant.slug}.example`, department: "営業部" } });
  return { tenant, hr: (await resolveTenantContext(tenant.slug, user.id)) as TenantContext };
}

describe("email proof for self-sign-up", () => {
  it("proves one address for one company until it expires", () => {
    const token = joinProofToken("tenant-a", "a@example.com", Date.now());
    expect(readJoinProof("tenant-a", token)).toBe("a@example.com");
    expect(readJoinProof("tenant-b", token)).toBeNull();
    expect(readJoinProof("tenant-a", token, Date.now() + 25 * 3600_000)).toBeNull();
    expect(readJoinProof("tenant-a", token.replace(/^[^.]+/, Buffer.from("b@example.com").toString("base64url")))).toBeNull();
  });
});

describe("self-sign-up", () => {
  it("mails the link that proves the address, except to invite-only companies", async () => {
    const { tenant } = await company();
    expect(await requestJoinLink(tenant.slug, "New@Example.com", "ja")).toBe("sent");
    const email = await db.outboxEmail.findFirstOrThrow({ where: { to: "new@example.com" } });
    expect(email.text).toContain(`/${tenant.slug}/join/confirm/`);
    const closed = await company("INVITE_ONLY");
    expect(await requestJoinLink(closed.tenant.slug, "x@example.com", "ja")).toBe("inviteOnly");
  });

  it("lets a proven roster address in at once, linked to its roster entry", async () => {
    const { tenant } = await company();
    const token = joinProofToken(tenant.id, `taro@${tenant.slug}.example`);
    expect(await selfJoin(tenant.slug, token, account("名簿 太郎"), null)).toMatchObject({ ok: true, status: "ACTIVE" });
    const entry = await db.rosterEntry.findFirstOrThrow({ where: { tenantId: tenant.id } });
    const membership = await db.membership.findUniqueOrThrow({ where: { id: entry.membershipId! }, include: { profile: true } });
    expect(membership).toMatchObject({ status: "ACTIVE", profile: { department: "営業部" } });
  });

  it("makes everyone else wait for HR, who approves or rejects, and the applicant is told by email", async () => {
    const { tenant, hr } = await company();
    const waiting = await selfJoin(tenant.slug, joinProofToken(tenant.id, "stranger@example.com"), account("見知らぬ 人"), "2015年まで営業部にいました");
    expect(waiting).toMatchObject({ ok: true, status: "PENDING" });
    const rejectMe = await selfJoin(tenant.slug, joinProofToken(tenant.id, "other@example.com"), account("別の 人"), null);
    expect(rejectMe).toMatchObject({ ok: true, status: "PENDING" });
    expect(await resolveTenantContext(tenant.slug, (waiting as { userId: string }).userId)).toBeNull();

    const queue = await listApplicants(hr);
    expect(queue.map((a) => a.applicationNote)).toEqual(["2015年まで営業部にいました", null]);
    expect(await decideApplicant(hr, queue[0]!.id, { approve: true })).toEqual({ name: "見知らぬ 人" });
    expect(await decideApplicant(hr, queue[1]!.id, { approve: false, reason: "在籍の記録が見つかりませんでした" })).toEqual({ name: "別の 人" });
    expect(await resolveTenantContext(tenant.slug, (waiting as { userId: string }).userId)).not.toBeNull();
    expect((await db.outboxEmail.findFirstOrThrow({ where: { to: "stranger@example.com", tag: "join-approved" } })).subject).toContain("承認されました");
    // One mail for the approval, whose button opens the screen with the company's welcome message; no second mail.
    expect((await db.outboxEmail.findFirstOrThrow({ where: { to: "stranger@example.com", tag: "join-approved" } })).html).toContain("/profile/edit?welcome=1");
    expect(await db.outboxEmail.count({ where: { to: "stranger@example.com", tag: "welcome" } })).toBe(0);
    expect((await db.outboxEmail.findFirstOrThrow({ where: { to: "other@example.com", tag: "join-rejected" } })).text).toContain("在籍の記録が見つかりませんでした");
    expect(await decideApplicant(hr, queue[0]!.id, { approve: false, reason: null })).toBeNull();
  });

  it("makes roster matches wait too under the approval rule, and refuses a forged proof or a second request", async () => {
    const { tenant } = await company("APPROVAL");
    const token = joinProofToken(tenant.id, `taro@${tenant.slug}.example`);
    expect(await selfJoin(tenant.slug, token, account("名簿 太郎"), null)).toMatchObject({ ok: true, status: "PENDING" });
    expect(await selfJoin(tenant.slug, token, account("名簿 太郎"), null)).toEqual({ ok: false, problem: "emailTaken" });
    expect(await selfJoin(tenant.slug, `${token}x`, account("偽"), null)).toEqual({ ok: false, problem: "proofInvalid" });
  });

  it("never decides another company's applicants", async () => {
    const { tenant } = await company();
    const other = await company();
    await selfJoin(tenant.slug, joinProofToken(tenant.id, "p@example.com"), account("申請 者"), null);
    const [applicant] = await listApplicants((await resolveTenantContext(tenant.slug, (await db.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "HR" } })).userId))!);
    expect(await listApplicants(other.hr)).toEqual([]);
    expect(await decideApplicant(other.hr, applicant!.id, { approve: true })).toBeNull();
  });
});

describe("registration settings", () => {
  it("limits self-registration to the allowed email domains", async () => {
    const { tenant, hr } = await company();
    const { joinSettingsSchema, updateJoinSettings } = await import("@/lib/tenants/join-settings");
    await updateJoinSettings(hr, joinSettingsSchema.parse({ registrationRule: "ROSTER_MATCH", joinDomains: "@Sakura.example, gmail.com" }));
    expect(await db.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).toMatchObject({ joinDomains: ["sakura.example", "gmail.com"] });
    expect(await requestJoinLink(tenant.slug, "a@yahoo.co.jp", "ja")).toBe("domainNotAllowed");
    expect(await requestJoinLink(tenant.slug, "a@mail.sakura.example", "ja")).toBe("sent");
    expect(joinSettingsSchema.safeParse({ registrationRule: "APPROVAL", joinDomains: "not a domain" }).success).toBe(false);
  });
});

describe("coming back after leaving or being removed", () => {
  it("lets someone who left join again the way they first came; someone removed is told to ask the company", async () => {
    const { tenant, hr } = await company();
    const taro = `taro@${tenant.slug}.example`;
    const joined = await selfJoin(tenant.slug, joinProofToken(tenant.id, taro), account("名簿 太郎"), null);
    if (!joined.ok) {
      throw new Error("join failed");
    }
    await leaveNetwork(joined.userId, tenant.slug);

    const signedIn = { userId: joined.userId };
    expect(await selfJoin(tenant.slug, joinProofToken(tenant.id, taro), signedIn, null)).toMatchObject({ ok: true, status: "ACTIVE" });
    const membership = await db.membership.findUniqueOrThrow({ where: { tenantId_userId: { tenantId: tenant.id, userId: joined.userId } }, include: { profile: true } });
    expect(membership).toMatchObject({ status: "ACTIVE", profile: { department: "営業部" } });

    await changeMembers(hr, "remove", [membership.id], null);
    expect(await selfJoin(tenant.slug, joinProofToken(tenant.id, taro), signedIn, null)).toEqual({ ok: false, problem: "rejectedBefore" });
  });

  it("lets HR's invitation bring back a removed member", async () => {
    const { tenant, hr } = await company();
    const taro = `taro@${tenant.slug}.example`;
    const joined = await selfJoin(tenant.slug, joinProofToken(tenant.id, taro), account("名簿 太郎"), null);
    if (!joined.ok) {
      throw new Error("join failed");
    }
    const membership = await db.membership.findUniqueOrThrow({ where: { tenantId_userId: { tenantId: tenant.id, userId: joined.userId } } });
    await changeMembers(hr, "remove", [membership.id], null);

    const entry = await db.rosterEntry.findFirstOrThrow({ where: { tenantId: tenant.id } });
    await inviteFromRoster(hr, { entryIds: [entry.id] });
    const invitation = await db.invitation.findFirstOrThrow({ where: { tenantId: tenant.id } });
    await sendInvitationEmails(tenant.id, [invitation.id]);
    const accepted = await acceptInvitation(tenant.slug, invitationToken(invitation.id, invitation.nonce), { userId: joined.userId });
    expect(accepted).toMatchObject({ ok: true });
    expect(await db.membership.findUniqueOrThrow({ where: { id: membership.id }, include: { profile: true } })).toMatchObject({ status: "ACTIVE", profile: { department: "営業部" } });
    expect(await db.rosterEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ membershipId: membership.id });
  });
});
