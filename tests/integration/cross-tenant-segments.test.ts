import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/[tenant]/admin/alumni/export/route";
import { deleteSegmentAction, renameSegmentAction, saveSegmentAction } from "@/lib/actions/segments";
import { db } from "@/lib/db";
import { caller, outcomeOf } from "../support/action-caller";
import { createAlumnus, createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const download = (tenant: string, query: string) =>
  GET(new Request(`http://localhost/${tenant}/admin/alumni/export?${query}`), { params: Promise.resolve({ tenant }) });

const csvLines = async (response: Response) => {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes.subarray(3)).split("\r\n").filter(Boolean);
};

beforeEach(() => {
  caller.userId = null;
});

describe("segments and the alumni export across tenants and roles", () => {
  it("saves the list's filters as a segment and exports exactly the people it selects", async () => {
    const tenant = await createTenant();
    const { user: hr } = await createMember(tenant.id, "HR");
    const sales = await createAlumnus(tenant.id, { displayName: "営業 太郎" });
    await db.alumniProfile.update({ where: { id: sales.profile.id }, data: { department: "営業部" } });
    await createAlumnus(tenant.id, { displayName: "開発 花子" });
    await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "名簿 次郎", department: "営業部" } });
    caller.userId = hr.id;
    expect(await saveSegmentAction(null, { tenant: tenant.slug, name: "営業部", department: "営業部" })).toMatchObject({ ok: true });
    expect(await saveSegmentAction(null, { tenant: tenant.slug, name: "営業部", department: "営業部" })).toMatchObject({ ok: false, fieldErrors: { name: "同じ名前のセグメントがすでにあります。" } });
    expect(await saveSegmentAction(null, { tenant: tenant.slug, name: " ", status: "nonsense" })).toMatchObject({ ok: false });
    const segment = await db.segment.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(segment.filters).toEqual({ department: "営業部" });

    const lines = await csvLines(await download(tenant.slug, `segment=${segment.id}`));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("氏名");
    expect(lines.slice(1).map((l) => l.split(",")[0]).sort()).toEqual(["名簿 次郎", "営業 太郎"].sort());
    const filtered = await csvLines(await download(tenant.slug, "q=%E9%96%8B%E7%99%BA"));
    expect(filtered.slice(1).map((l) => l.split(",")[0])).toEqual(["開発 花子"]);
  });

  it("answers 404 to another company's owner, to an alumnus and to a visitor; another company's segment is not found", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const { user: hrOfA } = await createMember(a.id, "HR");
    const { user: ownerOfB } = await createMember(b.id, "OWNER");
    const { user: alumnusOfA } = await createMember(a.id, "ALUMNI");
    await createAlumnus(a.id, { displayName: "A社 太郎" });
    const segmentOfA = await db.segment.create({ data: { tenantId: a.id, name: "全員", filters: {} } });
    for (const who of [null, ownerOfB.id, alumnusOfA.id]) {
      caller.userId = who;
      expect(await outcomeOf(saveSegmentAction(null, { tenant: a.slug, name: "x" }))).toBe("404");
      expect(await outcomeOf(renameSegmentAction(null, { tenant: a.slug, id: segmentOfA.id, name: "x" }))).toBe("404");
      expect(await outcomeOf(deleteSegmentAction(null, { tenant: a.slug, id: segmentOfA.id }))).toBe("404");
      expect((await download(a.slug, "")).status).toBe(404);
    }
    // B's owner, in B, naming A's segment: nothing found, nothing changed, nothing exported.
    caller.userId = ownerOfB.id;
    expect(await renameSegmentAction(null, { tenant: b.slug, id: segmentOfA.id, name: "x" })).toMatchObject({ ok: false, error: "このセグメントはもうありません。" });
    expect(await deleteSegmentAction(null, { tenant: b.slug, id: segmentOfA.id })).toMatchObject({ ok: false });
    expect((await download(b.slug, `segment=${segmentOfA.id}`)).status).toBe(404);
    expect((await download(b.slug, "")).status).toBe(200);
    expect((await csvLines(await download(b.slug, ""))).join("\n")).not.toContain("A社");
    expect(await db.segment.findUniqueOrThrow({ where: { id: segmentOfA.id } })).toMatchObject({ name: "全員" });
    caller.userId = hrOfA.id;
    expect(await deleteSegmentAction(null, { tenant: a.slug, id: segmentOfA.id })).toMatchObject({ ok: true });
  });
});
