import { describe, expect, it } from "vitest";
import { recordActivityNow } from "@/lib/activity/record";
import { exportMyData } from "@/lib/account/export-data";
import { deleteMyAccount } from "@/lib/account/delete-account";
import { db } from "@/lib/db";
import { localToday } from "@/lib/time/zoned";
import { createAlumnus, createTenant } from "../support/factories";

const DAY = 86_400_000;

describe("recording who used the portal, once a day", () => {
  it("writes one row per member per day and moves their last-active time only when the day is new", async () => {
    const tenant = await createTenant();
    const { membership, profile } = await createAlumnus(tenant.id);
    await db.alumniProfile.update({ where: { id: profile.id }, data: { lastActiveAt: new Date(Date.now() - 40 * DAY) } });
    const today = localToday("Asia/Tokyo");

    expect(await recordActivityNow(tenant.id, membership.id, today)).toBe(true);
    const after = (await db.alumniProfile.findUniqueOrThrow({ where: { id: profile.id } })).lastActiveAt!;
    expect(Date.now() - after.getTime()).toBeLessThan(60_000);
    expect(await recordActivityNow(tenant.id, membership.id, today)).toBe(false);
    expect(await recordActivityNow(tenant.id, membership.id, new Date(today.getTime() - DAY))).toBe(true);
    expect(await db.memberActivity.count({ where: { membershipId: membership.id } })).toBe(2);
    // The membership keeps the latest day, also when an earlier one is written after it.
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).lastActiveOn).toEqual(today);
  });

  it("belongs to the person: in their data export, and gone with their account", async () => {
    const tenant = await createTenant();
    const { user, membership } = await createAlumnus(tenant.id);
    await recordActivityNow(tenant.id, membership.id, localToday("Asia/Tokyo"));
    expect((await exportMyData(user.id)).activeDays).toHaveLength(1);
    await deleteMyAccount(user.id);
    expect(await db.memberActivity.count({ where: { membershipId: membership.id } })).toBe(0);
  });

  it("cannot be written for a member of another company under this company's name", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const { membership } = await createAlumnus(b.id);
    await expect(recordActivityNow(a.id, membership.id, localToday("Asia/Tokyo"))).rejects.toThrow();
    expect(await db.memberActivity.count({ where: { membershipId: membership.id } })).toBe(0);
  });
});
