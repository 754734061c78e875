import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isSuppressed, liftBounceSuppression, suppressAddress } from "@/lib/email/suppressions";
import { inviteFromRoster, resendInvitation, revokeInvitation } from "@/lib/invitations/invite";
import { deleteRosterEntry, saveRosterEntry } from "@/lib/roster/mutations";
import { getRosterEntry, getRosterImport, listRoster } from "@/lib/roster/queries";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createMember, createTenant } from "../support/factories";

async function hrOf() {
  const tenant = await createTenant();
  const { user } = await createMember(tenant.id, "HR");
  return (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
}

// Tenant A's HR, holding tenant B's ids, reaches nothing of B's through any roster or invitation function.
describe("roster and invitations across tenants", () => {
  it("finds, changes and invites nothing of another company's", async () => {
    const [a, b] = [await hrOf(), await hrOf()];
    const entry = await db.rosterEntry.create({ data: { tenantId: b.tenant.id, name: "B社 太郎", email: "taro@b.example" } });
    await inviteFromRoster(b, { entryIds: [entry.id] });
    const invitation = await db.invitation.findFirstOrThrow({ where: { tenantId: b.tenant.id } });
    const upload = await db.rosterImport.create({ data: { tenantId: b.tenant.id, fileName: "b.csv", storedPath: "/dev/null", byteSize: 1, createdById: b.userId } });

    expect(await getRosterEntry(a, entry.id)).toBeNull();
    expect(await getRosterImport(a, upload.id)).toBeNull();
    expect((await listRoster(a)).entries).toEqual([]);
    expect(await saveRosterEntry(a, { name: "乗っ取り", nameKana: null, email: "x@a.example", employeeNumber: null, department: null, joinedOn: null, leftOn: null }, entry.id)).toEqual({ ok: false, notFound: true });
    expect(await deleteRosterEntry(a, entry.id)).toBe(false);
    expect(await inviteFromRoster(a, { entryIds: [entry.id] })).toEqual({ invited: 0, scheduled: 0, noEmail: 0, alreadyInvited: 0 });
    expect(await resendInvitation(a, invitation.id)).toBe(false);
    expect(await revokeInvitation(a, invitation.id)).toBe(false);
    await suppressAddress("taro@b.example", "BOUNCED", null);
    expect(await liftBounceSuppression(a, entry.id)).toBe(false);
    expect(await isSuppressed("taro@b.example")).toBe(true);

    expect(await db.rosterEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ name: "B社 太郎" });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "PENDING", nonce: invitation.nonce });
  });
});
