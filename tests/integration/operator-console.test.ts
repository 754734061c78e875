import { beforeEach, describe, expect, it, vi } from "vitest";
import { createTenantAction, reactivateTenantAction, suspendTenantAction } from "@/lib/actions/platform";
import { db } from "@/lib/db";
import { listPlatformAudit } from "@/lib/platform/audit";
import { listTenantsForOperator } from "@/lib/platform/queries";
import { findTenantWithMembership, resolveTenantContext } from "@/lib/tenancy/resolve";
import { findSuspendedTenant } from "@/lib/tenancy/suspended";
import { translatorFor } from "@/lib/i18n/messages";
import { outcomeOf } from "../support/action-caller";
import { createAlumnus, createMember, createTenant, createUser } from "../support/factories";

// The operator flag travels in the session; the shared caller has none, so this file's session says it.
const caller = { userId: null as string | null, operator: false };
vi.mock("@/lib/auth/session", () => ({
  getSession: async () => (caller.userId ? { user: { id: caller.userId }, isPlatformOperator: caller.operator, memberships: [], expires: "" } : null),
}));
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", async (original) => ({ ...(await original<object>()), redirect: (url: string) => { throw Object.assign(new Error("NEXT_REDIRECT"), { url }); } }));

const tv = translatorFor("ja", "validation");

async function operator() {
  const user = await createUser();
  await db.user.update({ where: { id: user.id }, data: { isPlatformOperator: true } });
  caller.userId = user.id;
  caller.operator = true;
  return user;
}

beforeEach(() => {
  caller.userId = null;
  caller.operator = false;
});

describe("the operators' console", () => {
  it("lists every company with members, registration and active rates and last activity", async () => {
    const tenant = await createTenant();
    const [a, b] = [await createAlumnus(tenant.id), await createAlumnus(tenant.id)];
    await db.membership.update({ where: { id: a.membership.id }, data: { lastActiveOn: new Date(Date.now() - 2 * 86_400_000) } });
    await db.rosterEntry.createMany({ data: [{ tenantId: tenant.id, name: "A", membershipId: a.membership.id }, { tenantId: tenant.id, name: "B", membershipId: b.membership.id }, { tenantId: tenant.id, name: "C" }, { tenantId: tenant.id, name: "D" }] });
    const row = (await listTenantsForOperator()).find((t) => t.id === tenant.id)!;
    expect(row).toMatchObject({ members: 2, alumni: 2, registration: { rate: 50, count: 2, of: 4 }, active: { rate: 50, count: 1, of: 2 } });
    expect(row.lastActiveOn).not.toBeNull();
  });

  it("creates a company with its owner — an existing account by address, or a new one — and logs who did it", async () => {
    const op = await operator();
    const existing = await createUser({ email: "owner-existing@example.com" });
    const slug = `op-${Date.now()}`;
    await expect(createTenantAction(null, { companyName: "株式会社オペ", nameEn: "Ope Inc.", slug, ownerName: "既存 太郎", ownerEmail: "Owner-Existing@example.com" })).rejects.toMatchObject({ url: `/platform?created=${slug}` });
    const tenant = await db.tenant.findUniqueOrThrow({ where: { slug }, select: { id: true, nameEn: true } });
    expect(tenant.nameEn).toBe("Ope Inc.");
    expect(await db.membership.findFirst({ where: { tenantId: tenant.id }, select: { userId: true, role: true } })).toEqual({ userId: existing.id, role: "OWNER" });

    await expect(createTenantAction(null, { companyName: "株式会社ニュー", slug: `${slug}-2`, ownerName: "新規 花子", ownerEmail: "brand-new-owner@example.com" })).rejects.toMatchObject({ url: `/platform?created=${slug}-2` });
    const newOwner = await db.user.findUniqueOrThrow({ where: { email: "brand-new-owner@example.com" }, select: { name: true, passwordHash: true } });
    expect(newOwner).toEqual({ name: "新規 花子", passwordHash: null });

    // A taken address is an error beside the field; nothing more is made.
    expect(await createTenantAction(null, { companyName: "重複", slug, ownerName: "x", ownerEmail: "dup@example.com" })).toMatchObject({ ok: false, fieldErrors: { slug: tv("slugTaken") } });
    expect(await db.user.count({ where: { email: "dup@example.com" } })).toBe(0);

    const log = (await listPlatformAudit()).filter((e) => e.actorId === op.id);
    expect(log.map((e) => [e.action, e.tenant?.slug])).toEqual([["tenant.create", `${slug}-2`], ["tenant.create", slug]]);
  });

  it("suspends a company: its portal says so, nobody can act in it, its data stays; reactivating brings it back", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "OWNER");
    const alumnus = await createAlumnus(tenant.id);
    await operator();
    expect(await suspendTenantAction(null, { tenantId: tenant.id, reason: "契約更新待ち" })).toMatchObject({ ok: true });
    expect(await resolveTenantContext(tenant.slug, user.id)).toBeNull();
    expect((await findTenantWithMembership(tenant.slug, alumnus.user.id)).tenant).toBeNull();
    expect(await findSuspendedTenant(tenant.slug)).toMatchObject({ slug: tenant.slug });
    expect(await db.membership.count({ where: { tenantId: tenant.id } })).toBe(2);
    // Twice is refused, with a reason; the log has one suspension with its reason.
    expect(await suspendTenantAction(null, { tenantId: tenant.id, reason: "again" })).toMatchObject({ ok: false });

    expect(await reactivateTenantAction(null, { tenantId: tenant.id })).toMatchObject({ ok: true });
    expect((await resolveTenantContext(tenant.slug, user.id))?.membership.role).toBe("OWNER");
    expect(await findSuspendedTenant(tenant.slug)).toBeNull();
    const log = (await listPlatformAudit()).filter((e) => e.tenantId === tenant.id);
    expect(log.map((e) => [e.action, (e.details as { reason?: string }).reason ?? null])).toEqual([["tenant.reactivate", null], ["tenant.suspend", "契約更新待ち"]]);
  });

  it("is a 404 for everyone else: signed out, members, company owners", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "OWNER");
    for (const userId of [null, user.id]) {
      caller.userId = userId;
      expect(await outcomeOf(suspendTenantAction(null, { tenantId: tenant.id, reason: "x" }))).toBe("404");
      expect(await outcomeOf(createTenantAction(null, { companyName: "x", slug: `x-${Date.now()}`, ownerName: "x", ownerEmail: "x@example.com" }))).toBe("404");
    }
    expect((await db.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).status).toBe("ACTIVE");
  });
});
