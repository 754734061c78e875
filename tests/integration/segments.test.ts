import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isInSegment, segmentMemberIds } from "@/lib/segments/audience";
import { createSegment, deleteSegment, renameSegment } from "@/lib/segments/mutations";
import { getSegment, listSegments } from "@/lib/segments/queries";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createAlumnus, createMember, createTenant } from "../support/factories";

async function company() {
  const tenant = await createTenant();
  const hr = await createMember(tenant.id, "HR");
  const context = (await resolveTenantContext(tenant.slug, hr.user.id)) as TenantContext;
  const sales = await createAlumnus(tenant.id, { displayName: "佐藤 花子", openToReturn: true });
  await db.alumniProfile.update({ where: { id: sales.profile.id }, data: { department: "営業部" } });
  const suspended = await createAlumnus(tenant.id, { displayName: "鈴木 健", openToReturn: true });
  await db.alumniProfile.update({ where: { id: suspended.profile.id }, data: { department: "営業部" } });
  await db.membership.update({ where: { id: suspended.membership.id }, data: { status: "SUSPENDED" } });
  const dev = await createAlumnus(tenant.id, { displayName: "田中 一郎", openToReturn: true });
  await db.alumniProfile.update({ where: { id: dev.profile.id }, data: { department: "開発部" } });
  // Keeps wanting to return to themselves: staff must not find them by it.
  const secret = await createAlumnus(tenant.id, { displayName: "高橋 二郎", openToReturn: true, visibility: { openToReturn: "PRIVATE" } });
  await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "山田 三郎", department: "営業部" } });
  return { tenant, context, sales, suspended, dev, secret };
}

describe("segments", () => {
  it("holds the active members its filters match today, and follows them as they change", async () => {
    const { tenant, context, sales, dev, secret } = await company();
    const created = await createSegment(context, "営業部OB", { department: "営業部" });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.id : "";
    expect(await segmentMemberIds(tenant.id, id)).toEqual([sales.membership.id]);
    expect(await isInSegment(tenant.id, id, sales.membership.id)).toBe(true);
    expect(await isInSegment(tenant.id, id, dev.membership.id)).toBe(false);

    await db.alumniProfile.update({ where: { id: dev.profile.id }, data: { department: "営業部" } });
    expect((await segmentMemberIds(tenant.id, id))?.sort()).toEqual([sales.membership.id, dev.membership.id].sort());

    const returners = await createSegment(context, "Open to return", { openToReturn: "yes" });
    const returnIds = await segmentMemberIds(tenant.id, returners.ok ? returners.id : "");
    expect(returnIds).not.toContain(secret.membership.id);
    expect(returnIds?.sort()).toEqual([sales.membership.id, dev.membership.id].sort());
  });

  it("refuses a name already used, renames and deletes, and lists by name", async () => {
    const { context } = await company();
    const first = await createSegment(context, "Tokyo", { q: "東京" });
    expect(await createSegment(context, "Tokyo", {})).toEqual({ ok: false, reason: "nameTaken" });
    const second = await createSegment(context, "Alpha", {});
    expect((await listSegments(context)).map((s) => s.name)).toEqual(["Alpha", "Tokyo"]);
    const id = first.ok ? first.id : "";
    expect(await renameSegment(context, id, "Alpha")).toEqual({ ok: false, reason: "nameTaken" });
    expect(await renameSegment(context, id, "東京の人")).toEqual({ ok: true, id });
    expect((await getSegment(context, id))?.filters).toEqual({ q: "東京" });
    expect(await deleteSegment(context, second.ok ? second.id : "")).toMatchObject({ ok: true });
    expect((await listSegments(context)).map((s) => s.name)).toEqual(["東京の人"]);
  });

  it("answers nothing about another company's segment", async () => {
    const a = await company();
    const b = await company();
    const created = await createSegment(a.context, "営業部OB", { department: "営業部" });
    const id = created.ok ? created.id : "";
    expect(await segmentMemberIds(b.tenant.id, id)).toBeNull();
    expect(await isInSegment(b.tenant.id, id, a.sales.membership.id)).toBe(false);
    expect(await isInSegment(a.tenant.id, id, b.sales.membership.id)).toBe(false);
    expect(await getSegment(b.context, id)).toBeNull();
    expect(await renameSegment(b.context, id, "x")).toEqual({ ok: false, reason: "notFound" });
    expect(await deleteSegment(b.context, id)).toEqual({ ok: false, reason: "notFound" });
    expect(await getSegment(a.context, id)).not.toBeNull();
  });
});
