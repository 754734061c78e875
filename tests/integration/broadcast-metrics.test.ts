import { describe, expect, it } from "vitest";
import { broadcastReach } from "@/lib/analytics/broadcast-metrics";
import { db } from "@/lib/db";
import type { DeliveryStatus } from "@/lib/generated/prisma/enums";
import { alumnusContext } from "../support/events";
import { createTenant } from "../support/factories";

describe("announcement open and click rates", () => {
  it("are the shares of delivered emails opened and clicked, per announcement and overall, from the last 12 months", async () => {
    const tenant = await createTenant();
    const people = await Promise.all(Array.from({ length: 5 }, (_, i) => alumnusContext(tenant, `読者 ${i}`)));
    const now = new Date("2026-11-01T00:00:00Z");
    const send = async (subjectJa: string, startedAt: Date, outcomes: [DeliveryStatus, "open" | "click" | null][]) => {
      const b = await db.broadcast.create({ data: { tenantId: tenant.id, category: "news", status: "SENT", subjectJa, bodyJa: "x", startedAt } });
      await db.broadcastDelivery.createMany({
        data: outcomes.map(([status, did], i) => ({
          tenantId: tenant.id, broadcastId: b.id, membershipId: people[i]!.membership.id, channel: "EMAIL" as const, status, locale: "ja" as const,
          openedAt: did ? startedAt : null, clickedAt: did === "click" ? startedAt : null,
        })),
      });
      // Portal rows never count towards email rates.
      await db.broadcastDelivery.create({ data: { tenantId: tenant.id, broadcastId: b.id, membershipId: people[0]!.membership.id, channel: "PORTAL", status: "SENT", locale: "ja", readAt: startedAt } });
    };
    // 4 delivered (one bounce, one skipped): 2 opened, 1 of them clicked → 50 % / 25 %.
    await send("秋", new Date("2026-10-01T00:00:00Z"), [["DELIVERED", "open"], ["DELIVERED", "click"], ["DELIVERED", null], ["SENT", null], ["BOUNCED", null]]);
    // 2 delivered, 2 opened, 2 clicked → 100 % / 100 %.
    await send("夏", new Date("2026-07-01T00:00:00Z"), [["DELIVERED", "click"], ["DELIVERED", "click"], ["SKIPPED", null]]);
    // Older than a year: not counted.
    await send("昔", new Date("2025-06-01T00:00:00Z"), [["DELIVERED", null]]);
    const reach = await broadcastReach(people[0]!.context, now);
    expect(reach.broadcasts.map((b) => [b.subjectJa, b.emailed, b.delivered, b.openRate, b.clickRate])).toEqual([
      ["秋", 5, 4, 50, 25],
      ["夏", 2, 2, 100, 100],
    ]);
    expect(reach.opened).toEqual({ count: 4, of: 6, rate: 66.7 });
    expect(reach.clicked).toEqual({ count: 3, of: 6, rate: 50 });
  });
});
