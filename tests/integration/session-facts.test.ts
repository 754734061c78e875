import { describe, expect, it } from "vitest";
import { loadSessionFacts } from "@/lib/auth/session-facts";
import { db } from "@/lib/db";
import { findTenantWithMembership } from "@/lib/tenancy/resolve";
import { createMember, createTenant } from "../support/factories";

describe("what a signed-in request knows about its user", () => {
  it("lists the active memberships in active companies, oldest first, with the user's own facts", async () => {
    const [first, second, suspended, waiting] = [await createTenant(), await createTenant({ name: "二番目" }), await createTenant(), await createTenant()];
    const { user } = await createMember(first.id, "OWNER");
    await db.tenant.update({ where: { id: second.id }, data: { nameEn: "Second" } });
    await db.membership.create({ data: { tenantId: second.id, userId: user.id, role: "ALUMNI", createdAt: new Date(Date.now() + 1000) } });
    await db.membership.create({ data: { tenantId: suspended.id, userId: user.id, role: "HR" } });
    await db.tenant.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    await db.membership.create({ data: { tenantId: waiting.id, userId: user.id, role: "ALUMNI", status: "PENDING" } });
    const validFrom = new Date("2026-11-01T09:30:00.123Z");
    await db.user.update({ where: { id: user.id }, data: { locale: "en", sessionsValidFrom: validFrom } });

    expect(await loadSessionFacts(user.id)).toEqual({
      name: user.name,
      email: user.email,
      locale: "en",
      isPlatformOperator: false,
      sessionsValidFrom: validFrom,
      memberships: [
        { tenantId: first.id, tenantSlug: first.slug, tenantName: first.name, tenantNameEn: null, role: "OWNER" },
        { tenantId: second.id, tenantSlug: second.slug, tenantName: "二番目", tenantNameEn: "Second", role: "ALUMNI" },
      ],
    });
  });

  it("has an empty list without memberships and nothing for an unknown user", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "ALUMNI", "LEFT");
    expect(await loadSessionFacts(user.id)).toMatchObject({ locale: null, sessionsValidFrom: null, memberships: [] });
    expect(await loadSessionFacts("no-such-user")).toBeNull();
  });
});

describe("a company with the user's membership in it", () => {
  it("reads the company's settings and the membership whatever its status, never another company's", async () => {
    const [tenant, other] = [await createTenant(), await createTenant()];
    const { user, membership } = await createMember(tenant.id, "HR", "PENDING");
    const found = await findTenantWithMembership(tenant.slug.toUpperCase(), user.id);
    expect(found.tenant).toEqual({
      id: tenant.id, slug: tenant.slug, name: tenant.name, nameEn: null, defaultLocale: "ja", timezone: "Asia/Tokyo",
      invitationDays: 14, termsVersion: tenant.termsVersion, registrationRule: "ROSTER_MATCH", joinDomains: [], hrGrants: [], brandColor: null,
    });
    expect(found.membership).toEqual({ id: membership.id, role: "HR", status: "PENDING" });
    expect(await findTenantWithMembership(other.slug, user.id)).toEqual({ tenant: expect.objectContaining({ id: other.id }), membership: null });
    await db.tenant.update({ where: { id: tenant.id }, data: { status: "SUSPENDED" } });
    expect(await findTenantWithMembership(tenant.slug, user.id)).toEqual({ tenant: null, membership: null });
  });
});
