import { describe, expect, it } from "vitest";
import { deleteMyAccount, leaveNetwork } from "@/lib/account/delete-account";
import { getProfileForViewer } from "@/lib/alumni/queries";
import { listAuditEvents } from "@/lib/audit/queries";
import { db } from "@/lib/db";
import { readAlumniFilters } from "@/lib/members/filters";
import { ALUMNI_PAGE_SIZE, listAlumni } from "@/lib/members/list";
import { changeMembers } from "@/lib/members/manage";
import { alumniStateCounts } from "@/lib/members/state-counts";
import { getMember } from "@/lib/members/member";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createAlumnus, createMember, createTenant } from "../support/factories";

async function contextOf(slug: string, userId: string) {
  return (await resolveTenantContext(slug, userId)) as TenantContext;
}

async function company() {
  const tenant = await createTenant();
  const hr = await createMember(tenant.id, "HR");
  const owner = await createMember(tenant.id, "OWNER");
  const hanako = await createAlumnus(tenant.id, { displayName: "佐藤 花子" });
  await db.alumniProfile.update({ where: { id: hanako.profile.id }, data: { department: "営業部", leftOn: new Date("2019-03-31") } });
  const ken = await createAlumnus(tenant.id, { displayName: "鈴木 健" });
  await db.alumniProfile.update({ where: { id: ken.profile.id }, data: { department: "開発部", leftOn: new Date("2021-06-30") } });
  await db.membership.update({ where: { id: ken.membership.id }, data: { createdAt: new Date("2024-01-10T03:00:00Z") } });
  await db.rosterEntry.createMany({
    data: [
      { tenantId: tenant.id, name: "田中 一郎", nameKana: "たなか いちろう", email: `ichiro@${tenant.slug}.example`, department: "営業部", leftOn: new Date("2019-09-30") },
      { tenantId: tenant.id, name: "高橋 二郎", email: `jiro@${tenant.slug}.example`, department: "開発部", leftOn: new Date("2015-03-31") },
    ],
  });
  return { tenant, hr: await contextOf(tenant.slug, hr.user.id), owner: await contextOf(tenant.slug, owner.user.id), hanako, ken };
}

const names = (rows: { name: string | null }[]) => rows.map((r) => r.name).sort();

describe("the alumni list", () => {
  it("shows members and roster entries nobody has joined from, staff left out, with filters that combine", async () => {
    const { hr } = await company();
    const all = await listAlumni(hr, {});
    expect(names(all.rows)).toEqual(["佐藤 花子", "田中 一郎", "鈴木 健", "高橋 二郎"].sort());
    expect(all.total).toBe(4);
    expect(all.rows.find((r) => r.name === "田中 一郎")).toMatchObject({ kind: "roster", state: "notInvited", registeredAt: null });

    expect(names((await listAlumni(hr, { department: "営業部" })).rows)).toEqual(["佐藤 花子", "田中 一郎"].sort());
    expect(names((await listAlumni(hr, { department: "営業部", status: "active" })).rows)).toEqual(["佐藤 花子"]);
    expect(names((await listAlumni(hr, { leaveYear: 2019 })).rows)).toEqual(["佐藤 花子", "田中 一郎"].sort());
    expect(names((await listAlumni(hr, { q: "たなか" })).rows)).toEqual(["田中 一郎"]);
    expect(names((await listAlumni(hr, { registeredFrom: "2024-01-01", registeredTo: "2024-01-31" })).rows)).toEqual(["鈴木 健"]);
    expect((await listAlumni(hr, { q: "100%_" })).total).toBe(0);
  });

  it("searches what staff may see (company, title, skills) and filters by open to return and roster match", async () => {
    const { tenant, hr, hanako, ken } = await company();
    await db.alumniProfile.update({ where: { id: hanako.profile.id }, data: { currentCompany: "ソニーグループ", currentTitle: "エンジニア", openToReturn: true, visibility: { currentCompany: "STAFF" } } });
    await db.alumniProfile.update({ where: { id: ken.profile.id }, data: { currentCompany: "秘密商事", openToReturn: true, visibility: { currentCompany: "PRIVATE", openToReturn: "PRIVATE" } } });
    await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "佐藤 花子", membershipId: hanako.membership.id } });
    expect(names((await listAlumni(hr, { q: "ｿﾆｰ" })).rows)).toEqual(["佐藤 花子"]);
    expect(names((await listAlumni(hr, { q: "エンジニア" })).rows)).toEqual(["佐藤 花子"]);
    expect((await listAlumni(hr, { q: "秘密" })).total).toBe(0);
    expect(names((await listAlumni(hr, { openToReturn: "yes" })).rows)).toEqual(["佐藤 花子"]);
    expect(names((await listAlumni(hr, { roster: "matched" })).rows)).toEqual(["佐藤 花子"]);
    expect(names((await listAlumni(hr, { roster: "unmatched" })).rows)).toEqual(["鈴木 健"]);
    expect((await listAlumni(hr, { q: "100%_\\" })).total).toBe(0);
  });

  it("pages with a cursor: every person once, in leave-date order", async () => {
    const { tenant, hr } = await company();
    await db.rosterEntry.createMany({
      data: Array.from({ length: ALUMNI_PAGE_SIZE + 5 }, (_, i) => ({ tenantId: tenant.id, name: `名簿 ${i}`, leftOn: i % 3 ? new Date(Date.UTC(2010 + (i % 10), 0, 1)) : null })),
    });
    const first = await listAlumni(hr, {});
    expect(first.rows).toHaveLength(ALUMNI_PAGE_SIZE);
    const second = await listAlumni(hr, { after: first.nextAfter! });
    expect(second.nextAfter).toBeNull();
    const keys = [...first.rows, ...second.rows].map((r) => r.key);
    expect(new Set(keys).size).toBe(ALUMNI_PAGE_SIZE + 9);
    const days = [...first.rows, ...second.rows].map((r) => r.leftOn?.getTime() ?? 0);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it("counts people per state for the dashboard, the same way the list filters them", async () => {
    const { hr, ken } = await company();
    await changeMembers(hr, "suspend", [ken.membership.id], null);
    const counts = await alumniStateCounts(hr);
    expect(counts).toMatchObject({ active: 1, suspended: 1, notInvited: 2, invited: 0 });
    expect((await listAlumni(hr, { status: "notInvited" })).total).toBe(counts.notInvited);
  });

  it("counts every state exactly as many people as the list shows in it, and its total is everyone's", async () => {
    const { tenant, hr, ken } = await company();
    await changeMembers(hr, "suspend", [ken.membership.id], null);
    await createMember(tenant.id, "ALUMNI", "PENDING");
    await createMember(tenant.id, "ALUMNI", "LEFT");
    await createMember(tenant.id, "ALUMNI", "REJECTED");
    const DAY = 86_400_000;
    const now = Date.now();
    // One roster entry per invitation state; the one with two invitations is in its latest one's state.
    const invitations: { status: "PENDING" | "SENT" | "BOUNCED" | "REVOKED"; expiresAt: number; scheduledFor?: number; createdAt?: number }[][] = [
      [{ status: "PENDING", expiresAt: now + 40 * DAY, scheduledFor: now + 10 * DAY }],
      [{ status: "SENT", expiresAt: now + 10 * DAY }],
      [{ status: "SENT", expiresAt: now - DAY }],
      [{ status: "BOUNCED", expiresAt: now + 10 * DAY }],
      [{ status: "SENT", expiresAt: now - 30 * DAY, createdAt: now - 60 * DAY }, { status: "REVOKED", expiresAt: now + 10 * DAY }],
      [{ status: "REVOKED", expiresAt: now - 30 * DAY, createdAt: now - 60 * DAY }, { status: "SENT", expiresAt: now + 10 * DAY }],
    ];
    for (const [i, list] of invitations.entries()) {
      const entry = await db.rosterEntry.create({ data: { tenantId: tenant.id, name: `Invited ${i}`, email: `invited${i}@${tenant.slug}.example` } });
      for (const inv of list) {
        await db.invitation.create({
          data: {
            tenantId: tenant.id, rosterEntryId: entry.id, email: entry.email!, nonce: "n", status: inv.status, createdById: hr.userId,
            expiresAt: new Date(inv.expiresAt), scheduledFor: inv.scheduledFor ? new Date(inv.scheduledFor) : null, createdAt: new Date(inv.createdAt ?? now),
          },
        });
      }
    }
    const counts = await alumniStateCounts(hr);
    expect(counts).toEqual({ notInvited: 3, scheduled: 1, invited: 2, expired: 1, bounced: 1, pending: 1, active: 1, suspended: 1, left: 1, removed: 0 });
    for (const [state, count] of Object.entries(counts)) {
      const rows = (await listAlumni(hr, { status: state as keyof typeof counts })).rows;
      expect(rows.filter((r) => r.state === state)).toHaveLength(count);
      expect(rows).toHaveLength(count);
    }
    const all = await listAlumni(hr, {});
    expect(all.total).toBe(all.rows.length);
    expect(all.total).toBe(12);
  });

  it("never shows staff what a member keeps to themselves, nor lets a search or filter find it", async () => {
    const { hr, hanako } = await company();
    await db.alumniProfile.update({
      where: { id: hanako.profile.id },
      data: { nameKana: "さとう はなこ", nameRomaji: "Hanako Sato", visibility: { nameKana: "PRIVATE", nameRomaji: "PRIVATE", department: "PRIVATE", leftOn: "PRIVATE" } },
    });
    const row = (await listAlumni(hr, {})).rows.find((r) => r.id === hanako.membership.id)!;
    expect(row).toMatchObject({ name: "佐藤 花子", nameKana: null, department: null, leftOn: null });
    expect((await listAlumni(hr, { q: "Hanako Sato" })).total).toBe(0);
    expect((await listAlumni(hr, { q: "はなこ" })).total).toBe(0);
    expect(names((await listAlumni(hr, { department: "営業部" })).rows)).toEqual(["田中 一郎"]);
    expect((await listAlumni(hr, { leaveYear: 2019 })).rows.map((r) => r.name)).not.toContain("佐藤 花子");
  });

  it("shows no current name or address for someone who left", async () => {
    const { hr, ken } = await company();
    await leaveNetwork(ken.user.id, hr.tenant.slug);
    const row = (await listAlumni(hr, {})).rows.find((r) => r.id === ken.membership.id)!;
    expect(row).toMatchObject({ state: "left", name: null, email: null });
  });

  it("filters registration dates by the company's calendar day", async () => {
    const { hr, ken } = await company();
    // 2024-04-01 08:00 in Tokyo is still March 31st in UTC.
    await db.membership.update({ where: { id: ken.membership.id }, data: { createdAt: new Date("2024-03-31T23:00:00Z") } });
    expect(names((await listAlumni(hr, { registeredFrom: "2024-04-01", registeredTo: "2024-04-01" })).rows)).toEqual(["鈴木 健"]);
    expect((await listAlumni(hr, { registeredTo: "2024-03-31" })).rows.map((r) => r.name)).not.toContain("鈴木 健");
  });

  it("ignores a forged page cursor instead of failing", async () => {
    const { hr } = await company();
    expect((await listAlumni(hr, { after: "2024-13-45|m:x" })).rows).toHaveLength(4);
  });

  it("drops filter values a hand-edited URL got wrong instead of failing", () => {
    expect(readAlumniFilters({ status: "nonsense", leaveYear: "abc", q: "花子", department: "" })).toEqual({ q: "花子" });
  });
});

describe("suspending, reinstating and removing members", () => {
  it("suspends: no access, hidden from alumni; reinstating gives both back; each step in the audit log", async () => {
    const { hr, owner, hanako, ken } = await company();
    const kenContext = await contextOf(hr.tenant.slug, ken.user.id);
    expect(await getProfileForViewer(kenContext, hanako.profile.id)).not.toBeNull();

    expect(await changeMembers(hr, "suspend", [hanako.membership.id], "本人の依頼")).toEqual({ changed: 1, skipped: 0 });
    expect(await resolveTenantContext(hr.tenant.slug, hanako.user.id)).toBeNull();
    expect(await getProfileForViewer(kenContext, hanako.profile.id)).toBeNull();
    expect((await listAlumni(hr, { status: "suspended" })).rows.map((r) => r.id)).toEqual([hanako.membership.id]);

    expect(await changeMembers(hr, "reinstate", [hanako.membership.id], null)).toEqual({ changed: 1, skipped: 0 });
    expect(await resolveTenantContext(hr.tenant.slug, hanako.user.id)).not.toBeNull();

    const log = await listAuditEvents(owner);
    expect(log.events.map((e) => [e.action, e.actorName, e.targetName])).toEqual([
      ["member.reinstate", "テスト 太郎", "佐藤 花子"],
      ["member.suspend", "テスト 太郎", "佐藤 花子"],
    ]);
    expect(log.events[1]!.details).toMatchObject({ reason: "本人の依頼", from: "ACTIVE", to: "SUSPENDED" });
    const member = await getMember(hr, hanako.membership.id);
    expect(member?.history.filter((h) => h.kind === "audit").map((h) => (h as { action: string }).action)).toEqual(["member.reinstate", "member.suspend"]);
  });

  it("removes: the profile is gone and the roster entry is free again; the membership stays for the history", async () => {
    const { tenant, hr, hanako } = await company();
    const entry = await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "佐藤 花子", email: hanako.user.email, membershipId: hanako.membership.id } });
    expect(await changeMembers(hr, "remove", [hanako.membership.id], null)).toEqual({ changed: 1, skipped: 0 });
    expect(await db.alumniProfile.count({ where: { membershipId: hanako.membership.id } })).toBe(0);
    expect(await db.rosterEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ membershipId: null });
    expect(await db.membership.findUniqueOrThrow({ where: { id: hanako.membership.id } })).toMatchObject({ status: "REMOVED" });
    expect(await resolveTenantContext(tenant.slug, hanako.user.id)).toBeNull();
    // The person shows as removed, and the roster entry as someone to invite again.
    const listed = (await listAlumni(hr, {})).rows.filter((r) => r.id === hanako.membership.id || r.id === entry.id);
    expect(listed.map((r) => [r.kind, r.state]).sort()).toEqual([["member", "removed"], ["roster", "notInvited"]]);
  });

  it("withdraws the invitations still out for a removed member's roster entry, so an old link cannot bring them back", async () => {
    const { tenant, hr, hanako } = await company();
    const entry = await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "佐藤 花子", email: hanako.user.email, membershipId: hanako.membership.id } });
    const invitation = await db.invitation.create({
      data: { tenantId: tenant.id, rosterEntryId: entry.id, email: hanako.user.email, nonce: "n", status: "SENT", expiresAt: new Date(Date.now() + 86_400_000), createdById: hr.userId },
    });
    await changeMembers(hr, "remove", [hanako.membership.id], null);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "REVOKED" });
    const [event] = (await listAuditEvents(await contextOf(tenant.slug, (await db.membership.findFirstOrThrow({ where: { tenantId: tenant.id, role: "OWNER" } })).userId))).events;
    expect(event).toMatchObject({ action: "member.remove", targetRosterId: entry.id });
  });

  it("leaves staff, the acting person and members in the wrong state alone", async () => {
    const { hr, owner, ken } = await company();
    const outcome = await changeMembers(hr, "suspend", [owner.membership.id, hr.membership.id, ken.membership.id], null);
    expect(outcome).toEqual({ changed: 1, skipped: 2 });
    expect(await changeMembers(hr, "reinstate", [owner.membership.id], null)).toEqual({ changed: 0, skipped: 1 });
    expect(await db.membership.findUniqueOrThrow({ where: { id: owner.membership.id } })).toMatchObject({ status: "ACTIVE" });
  });

  it("keeps the log readable after an account is deleted, without the person's name or what HR wrote about them", async () => {
    const { hr, owner, ken } = await company();
    await changeMembers(hr, "suspend", [ken.membership.id], "健さんの依頼");
    expect(await deleteMyAccount(ken.user.id)).toEqual({ ok: true });
    const [event] = (await listAuditEvents(owner)).events;
    expect(event).toMatchObject({ action: "member.suspend", targetName: null, actorName: "テスト 太郎", details: {} });
  });
});

describe("members across tenants", () => {
  it("another company's HR lists, reads and changes nothing of this company's", async () => {
    const a = await company();
    const b = await company();
    expect((await listAlumni(a.hr, {})).rows.every((r) => r.id !== b.hanako.membership.id)).toBe(true);
    expect(await getMember(a.hr, b.hanako.membership.id)).toBeNull();
    expect(await changeMembers(a.hr, "remove", [b.hanako.membership.id, b.ken.membership.id], null)).toEqual({ changed: 0, skipped: 2 });
    expect(await db.membership.findUniqueOrThrow({ where: { id: b.hanako.membership.id } })).toMatchObject({ status: "ACTIVE" });
    await changeMembers(b.hr, "suspend", [b.ken.membership.id], null);
    expect((await listAuditEvents(a.owner)).events).toEqual([]);
  });
});
