import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { saveEmailPreferencesAction } from "@/lib/actions/email-preferences";
import { translatorFor } from "@/lib/i18n/messages";
import { createAlumnus, createMember, createTenant } from "../support/factories";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSession: async () => (session.userId ? { user: { id: session.userId }, memberships: [], expires: "" } : null),
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "validation") => translatorFor("ja", namespace),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const isNotFound = (error: unknown) => typeof error === "object" && error !== null && String((error as { digest?: string }).digest).includes("404");

beforeEach(() => {
  session.userId = null;
});

// Preferences are a member's own: the action only ever writes the caller's membership in the named company.
describe("email preferences across tenants", () => {
  it("saves the caller's own choices in their company", async () => {
    const tenant = await createTenant();
    const { user, membership } = await createAlumnus(tenant.id);
    session.userId = user.id;
    const result = await saveEmailPreferencesAction(null, { tenant: tenant.slug, all: "on", news: "on", messages: "on" });
    expect(result).toMatchObject({ ok: true, message: "メールの設定を保存しました。" });
    const rows = await db.emailPreference.findMany({ where: { membershipId: membership.id, enabled: false }, select: { category: true } });
    expect(rows.map((r) => r.category).sort()).toEqual(["events", "opportunities"]);
  });

  it("answers 404 to a member or owner of another company, and to a signed-out caller, writing nothing", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    await createAlumnus(a.id);
    const { user: ownerOfB } = await createMember(b.id, "OWNER");
    const { user: alumnusOfB } = await createMember(b.id, "ALUMNI");
    for (const caller of [null, ownerOfB.id, alumnusOfB.id]) {
      session.userId = caller;
      const outcome = await saveEmailPreferencesAction(null, { tenant: a.slug }).then(() => "ran", (error: unknown) => (isNotFound(error) ? "404" : error));
      expect(outcome).toBe("404");
    }
    expect(await db.emailPreference.count({ where: { tenantId: a.id } })).toBe(0);
  });
});
