import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { saveEmailPreferencesAction } from "@/lib/actions/email-preferences";
import { caller, outcomeOf } from "../support/action-caller";
import { createAlumnus, createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

// Preferences are a member's own: the action only ever writes the caller's membership in the named company.
describe("email preferences across tenants", () => {
  it("saves the caller's own choices in their company", async () => {
    const tenant = await createTenant();
    const { user, membership } = await createAlumnus(tenant.id);
    caller.userId = user.id;
    const result = await saveEmailPreferencesAction(null, { tenant: tenant.slug, all: "on", news: "on", messages: "on" });
    expect(result).toMatchObject({ ok: true, message: "メールの設定を保存しました。" });
    const rows = await db.emailPreference.findMany({ where: { membershipId: membership.id, enabled: false }, select: { category: true } });
    expect(rows.map((r) => r.category).sort()).toEqual(["events", "feed", "opportunities"]);
  });

  it("answers 404 to a member or owner of another company, and to a signed-out caller, writing nothing", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    await createAlumnus(a.id);
    const { user: ownerOfB } = await createMember(b.id, "OWNER");
    const { user: alumnusOfB } = await createMember(b.id, "ALUMNI");
    for (const who of [null, ownerOfB.id, alumnusOfB.id]) {
      caller.userId = who;
      const outcome = await outcomeOf(saveEmailPreferencesAction(null, { tenant: a.slug }));
      expect(outcome).toBe("404");
    }
    expect(await db.emailPreference.count({ where: { tenantId: a.id } })).toBe(0);
  });
});
