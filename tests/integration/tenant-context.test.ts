import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resolveTenantContext } from "@/lib/tenancy/resolve";
import { createMember, createTenant } from "../support/factories";

describe("resolving a member's tenant context", () => {
  it("gives an active member their tenant, role and permissions", async () => {
    const tenant = await createTenant();
    const { user, membership } = await createMember(tenant.id, "HR");
    const context = await resolveTenantContext(tenant.slug, user.id);
    expect(context?.tenant.id).toBe(tenant.id);
    expect(context?.membership).toEqual({ id: membership.id, role: "HR" });
    expect(context?.permissions.has("roster.manage")).toBe(true);
    expect(context?.permissions.has("broadcast.send")).toBe(false);
  });

  it("finds nothing for the owner of another tenant", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const { user } = await createMember(a.id, "OWNER");
    expect(await resolveTenantContext(b.slug, user.id)).toBeNull();
  });

  it("finds nothing for suspended or pending members", async () => {
    const tenant = await createTenant();
    for (const status of ["SUSPENDED", "PENDING", "LEFT"] as const) {
      const { user } = await createMember(tenant.id, "ADMIN", status);
      expect(await resolveTenantContext(tenant.slug, user.id)).toBeNull();
    }
  });

  it("finds nothing in a suspended tenant or an unknown slug", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "OWNER");
    await db.tenant.update({ where: { id: tenant.id }, data: { status: "SUSPENDED" } });
    expect(await resolveTenantContext(tenant.slug, user.id)).toBeNull();
    expect(await resolveTenantContext("no-such-company", user.id)).toBeNull();
  });
});
