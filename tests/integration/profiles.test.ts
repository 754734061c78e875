import { describe, expect, it } from "vitest";
import { getNetworkCounts, getProfileForViewer, listRecentlyActiveAlumni } from "@/lib/alumni/queries";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createAlumnus, createMember, createTenant } from "../support/factories";

async function contextOf(slug: string, userId: string): Promise<TenantContext> {
  const context = await resolveTenantContext(slug, userId);
  if (!context) {
    throw new Error("expected a member");
  }
  return context;
}

describe("profiles as each viewer may see them", () => {
  it("never returns a profile of another tenant, even by its exact id", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const { profile: other } = await createAlumnus(b.id);
    const { user } = await createMember(a.id, "OWNER");
    expect(await getProfileForViewer(await contextOf(a.slug, user.id), other.id)).toBeNull();
  });

  it("hides staff-only and private fields from fellow alumni but shows staff-only ones to HR", async () => {
    const tenant = await createTenant();
    const { profile } = await createAlumnus(tenant.id, { openToReturn: true, location: "福岡県", visibility: { location: "PRIVATE" } });
    const { user: peer } = await createMember(tenant.id, "ALUMNI");
    const { user: hr } = await createMember(tenant.id, "HR");

    const asPeer = await getProfileForViewer(await contextOf(tenant.slug, peer.id), profile.id);
    expect(asPeer?.currentCompany).toBe("メルカリ");
    expect(asPeer).not.toHaveProperty("openToReturn");
    expect(asPeer).not.toHaveProperty("location");

    const asHr = await getProfileForViewer(await contextOf(tenant.slug, hr.id), profile.id);
    expect(asHr?.openToReturn).toBe(true);
    expect(asHr).not.toHaveProperty("location");
  });

  it("counts and lists only this tenant's active alumni", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    await createAlumnus(a.id, { displayName: "A社 一郎" });
    await createAlumnus(a.id, { displayName: "A社 二郎" });
    await createAlumnus(b.id, { displayName: "B社 三郎" });
    const { user } = await createMember(a.id, "HR");
    const context = await contextOf(a.slug, user.id);
    expect(await getNetworkCounts(context)).toEqual({ alumni: 2, staff: 1, active30: 2 });
    const names = (await listRecentlyActiveAlumni(context)).map((p) => p.displayName).sort();
    expect(names).toEqual(["A社 一郎", "A社 二郎"]);
  });
});
