import { beforeEach, describe, expect, it, vi } from "vitest";
import { changeAlumniAction } from "@/lib/actions/members";
import { db } from "@/lib/db";
import { caller, outcomeOf } from "../support/action-caller";
import { createAlumnus, createMember, createTenant } from "../support/factories";

vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

beforeEach(() => {
  caller.userId = null;
});

// The alumni list's bulk action, called by the people who must not reach another company's members.
describe("member administration across tenants and roles", () => {
  it("answers 404 to another company's owner, to an alumnus and to a signed-out caller, changing nothing", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const target = await createAlumnus(a.id);
    const { user: ownerOfB } = await createMember(b.id, "OWNER");
    const { user: alumnusOfA } = await createMember(a.id, "ALUMNI");
    for (const who of [null, ownerOfB.id, alumnusOfA.id]) {
      caller.userId = who;
      for (const change of ["suspend", "remove", "invite"]) {
        const outcome = await outcomeOf(changeAlumniAction(null, { tenant: a.slug, change, keys: [`m:${target.membership.id}`] }));
        expect(outcome).toBe("404");
      }
    }
    expect(await db.membership.findUniqueOrThrow({ where: { id: target.membership.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await db.auditEvent.count({ where: { tenantId: a.id } })).toBe(0);
  });

  it("lets HR of one company name another company's members and roster entries in its own company, to no effect", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const { user: hrOfA } = await createMember(a.id, "HR");
    const member = await createAlumnus(b.id);
    const entry = await db.rosterEntry.create({ data: { tenantId: b.id, name: "B社 名簿", email: "entry@b.example" } });
    caller.userId = hrOfA.id;
    expect(await changeAlumniAction(null, { tenant: a.slug, change: "remove", keys: [`m:${member.membership.id}`] })).toMatchObject({ ok: true, message: "0人をネットワークから削除しました（対象外 1人）。" });
    expect(await changeAlumniAction(null, { tenant: a.slug, change: "invite", keys: [`r:${entry.id}`] })).toMatchObject({ ok: true });
    expect(await db.membership.findUniqueOrThrow({ where: { id: member.membership.id } })).toMatchObject({ status: "ACTIVE" });
    expect(await db.invitation.count({ where: { rosterEntryId: entry.id } })).toBe(0);
  });

  it("refuses malformed row keys as bad input", async () => {
    const a = await createTenant();
    const { user } = await createMember(a.id, "HR");
    caller.userId = user.id;
    expect(await changeAlumniAction(null, { tenant: a.slug, change: "suspend", keys: ["x:'; DROP TABLE"] })).toMatchObject({ ok: false });
    expect(await changeAlumniAction(null, { tenant: a.slug, change: "suspend", keys: [] })).toMatchObject({ ok: false, error: "対象の人を選んでください。" });
  });
});
