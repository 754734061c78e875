import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { tenantAction, userAction } from "@/lib/actions/clients";
import type { TenantContext } from "@/lib/tenancy/resolve";
import { caller, isNotFound, outcomeOf } from "../support/action-caller";
import { createMember, createTenant } from "../support/factories";

// The session comes from the Auth.js cookie in a real request; here the test says who is calling.
vi.mock("@/lib/auth/session", async () => (await import("../support/action-caller")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/action-caller")).intlModule);

const calls: TenantContext[] = [];
const renameAction = tenantAction("alumni.manage", z.object({ name: z.string().trim().min(1).max(20) }), async (input, context) => {
  calls.push(context);
  return { ok: true, data: input.name };
});

beforeEach(() => {
  calls.length = 0;
  caller.userId = null;
});

describe("tenantAction", () => {
  it("runs the body for a member with the permission, with that tenant's context", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "HR");
    caller.userId = user.id;
    expect(await renameAction(null, { tenant: tenant.slug, name: "営業部" })).toEqual({ ok: true, data: "営業部" });
    expect(calls[0]?.tenant.id).toBe(tenant.id);
  });

  it("answers 404, without running the body, to a signed-out caller, another tenant's owner and a member lacking the permission", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const { user: ownerOfB } = await createMember(b.id, "OWNER");
    const { user: alumnusOfA } = await createMember(a.id, "ALUMNI");
    for (const who of [null, ownerOfB.id, alumnusOfA.id]) {
      caller.userId = who;
      const outcome = await outcomeOf(renameAction(null, { tenant: a.slug, name: "x" }));
      expect(outcome).toBe("404");
    }
    expect(calls).toHaveLength(0);
  });

  it("answers 404 when no tenant is named", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "OWNER");
    caller.userId = user.id;
    await expect(renameAction(null, { name: "x" })).rejects.toSatisfy(isNotFound);
  });

  it("returns translated field errors and the typed values for invalid input, without running the body", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "ADMIN");
    caller.userId = user.id;
    const form = new FormData();
    form.set("tenant", tenant.slug);
    form.set("name", "あ".repeat(21));
    expect(await renameAction(null, form)).toEqual({
      ok: false,
      fieldErrors: { name: "20文字以内で入力してください。" },
      values: { tenant: tenant.slug, name: "あ".repeat(21) },
    });
    expect(calls).toHaveLength(0);
  });
});

describe("userAction", () => {
  const whoAmI = userAction(z.object({}), async (_input, user) => ({ ok: true, data: user.id }));

  it("answers 404 to a signed-out caller and runs for a signed-in one", async () => {
    await expect(whoAmI(null, {})).rejects.toSatisfy(isNotFound);
    caller.userId = "user-1";
    expect(await whoAmI(null, {})).toEqual({ ok: true, data: "user-1" });
  });
});
