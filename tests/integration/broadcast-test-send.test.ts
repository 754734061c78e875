import { describe, expect, it } from "vitest";
import { sendBroadcastTest } from "@/lib/broadcasts/delivery/test-send";
import { db } from "@/lib/db";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createBroadcast } from "../support/broadcasts";
import { createMember, createTenant } from "../support/factories";

process.env.AUTH_URL = "http://localhost:3000";

async function staff(role: "HR" | "ALUMNI" = "HR") {
  const tenant = await createTenant();
  const { user } = await createMember(tenant.id, role);
  const context = (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
  return { tenant, user, context };
}

describe("a test send", () => {
  it("mails the staff member the announcement in each of its languages, marked as a test, and nobody else", async () => {
    const { tenant, user, context } = await staff();
    await createMember(tenant.id, "ALUMNI");
    const broadcast = await createBroadcast(tenant.id);

    expect(await sendBroadcastTest(context, broadcast.id)).toEqual({ to: user.email, languages: ["ja", "en"] });
    const mails = await db.outboxEmail.findMany({ where: { tenantId: tenant.id }, orderBy: { createdAt: "asc" } });
    expect(mails.map((m) => [m.to, m.subject, m.tag])).toEqual([
      [user.email.toLowerCase(), "[テスト] 新オフィス開設のお知らせ", "broadcast-test"],
      [user.email.toLowerCase(), "[TEST] Our new office", "broadcast-test"],
    ]);
    expect(mails[1]!.html).toContain("This is a test send");
    expect(mails[1]!.html).toContain(`http://localhost:3000/${tenant.slug}/preferences`);
    expect(mails[0]!.text).toContain("大阪オフィス");
    // The announcement itself is untouched: still a draft, no deliveries.
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: broadcast.id } })).toMatchObject({ status: "DRAFT" });
    expect(await db.broadcastDelivery.count({ where: { broadcastId: broadcast.id } })).toBe(0);
  });

  it("sends only the language the announcement has", async () => {
    const { tenant, context } = await staff();
    const broadcast = await createBroadcast(tenant.id, { ja: null });
    expect((await sendBroadcastTest(context, broadcast.id))?.languages).toEqual(["en"]);
  });

  it("finds nothing for another company's announcement or for an alumnus", async () => {
    const { tenant, context } = await staff();
    const other = await createTenant();
    const foreign = await createBroadcast(other.id);
    expect(await sendBroadcastTest(context, foreign.id)).toBeNull();
    const alumnus = await staff("ALUMNI");
    const own = await createBroadcast(alumnus.tenant.id);
    expect(await sendBroadcastTest(alumnus.context, own.id)).toBeNull();
    expect(await db.outboxEmail.count({ where: { tenantId: { in: [tenant.id, other.id, alumnus.tenant.id] } } })).toBe(0);
  });
});
