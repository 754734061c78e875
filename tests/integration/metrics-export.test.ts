import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/[tenant]/admin/metrics/[table]/route";
import { db } from "@/lib/db";
import { localToday } from "@/lib/time/zoned";
import { caller } from "../support/action-caller";
import { createAlumnus, createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);

const download = (tenant: string, table: string) => GET(new Request(`http://localhost/${tenant}/admin/metrics/${table}`), { params: Promise.resolve({ tenant, table }) });

beforeEach(() => {
  caller.userId = null;
});

describe("downloading the dashboard's tables", () => {
  it("gives staff a CSV Excel opens: BOM, Japanese headers, one row per cohort", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "HR");
    const joined = await createAlumnus(tenant.id);
    await db.rosterEntry.createMany({
      data: [
        { tenantId: tenant.id, name: "A", leftOn: new Date("2019-03-31"), membershipId: joined.membership.id },
        { tenantId: tenant.id, name: "B", leftOn: new Date("2019-09-30") },
        { tenantId: tenant.id, name: "C" },
      ],
    });
    caller.userId = user.id;
    const response = await download(tenant.slug, "cohorts");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3)).split("\r\n")).toEqual(["退職年,名簿,登録済み,登録率（%）", "2019,2,1,50", "（未設定）,1,0,0", ""]);
  });

  it("gives the weekly trend, ending with today's figures counted live", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "HR");
    const joined = await createAlumnus(tenant.id);
    await db.rosterEntry.createMany({ data: [{ tenantId: tenant.id, name: "A", membershipId: joined.membership.id }, { tenantId: tenant.id, name: "B" }] });
    caller.userId = user.id;
    const lines = (await (await download(tenant.slug, "trend")).text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("日付,名簿,登録済み,登録アルムナイ数,登録率（%）,アクティブ率・30日（%）,アクティブ率・90日（%）");
    // No snapshots stored yet: today's row alone, live. 1 of 2 joined; the one alumna has not used the portal.
    expect(lines.slice(1)).toEqual([`${localToday("Asia/Tokyo").toISOString().slice(0, 10)},2,1,1,50,0,0`, ""]);
  });

  it("answers 404 to another company's owner, to an alumnus, to a visitor, and for a table that does not exist", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const { user: ownerOfB } = await createMember(b.id, "OWNER");
    const { user: alumnusOfA } = await createMember(a.id, "ALUMNI");
    const { user: hrOfA } = await createMember(a.id, "HR");
    for (const who of [null, ownerOfB.id, alumnusOfA.id]) {
      caller.userId = who;
      expect((await download(a.slug, "registrations")).status).toBe(404);
      expect((await download(a.slug, "trend")).status).toBe(404);
    }
    caller.userId = hrOfA.id;
    expect((await download(a.slug, "salaries")).status).toBe(404);
    expect((await download(a.slug, "registrations")).status).toBe(200);
  });
});
