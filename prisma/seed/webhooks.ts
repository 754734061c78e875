import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import { newWebhookSecret, sealWith } from "../../lib/webhooks-out/seal";

type Tx = Prisma.TransactionClient;
type Alumnus = { membershipId: string; displayName: string };

const HOUR = 3_600_000;
const URL = "https://hr.example.co.jp/kizuna/webhooks";

// The demo company's HR system receives its events. The endpoint is off (paused by an admin), so a local run never
// tries to reach the example address; its history is written here directly, with the statuses a real one shows.
export async function seedWebhooks(tx: Tx, tenant: { id: string; slug: string }, alumni: Alumnus[], staffMembershipId: string | null): Promise<void> {
  const authSecret = process.env.AUTH_SECRET;
  if (!authSecret) {
    return;
  }
  const now = Date.now();
  const endpoint = await tx.webhookEndpoint.create({
    data: {
      tenantId: tenant.id,
      url: URL,
      description: "人事システム（SmartHR 連携）",
      events: ["member.joined", "member.left", "interest.created", "rsvp.created"],
      secretCipher: sealWith(authSecret, newWebhookSecret()),
      enabled: false,
      disabledAt: new Date(now - 2 * HOUR),
      disabledReason: "manual",
      createdById: staffMembershipId,
      createdAt: new Date(now - 30 * 24 * HOUR),
    },
  });
  const member = (a: Alumnus) => ({ id: a.membershipId, name: a.displayName, email: null, employeeNumber: null, rosterEntryId: null });
  const history: { type: string; data: Record<string, unknown>; hoursAgo: number; status: "SUCCEEDED" | "FAILED"; codes: number[] }[] = [
    { type: "member.joined", data: { member: member(alumni[0]!), via: "roster_match" }, hoursAgo: 70, status: "SUCCEEDED", codes: [200] },
    { type: "rsvp.created", data: { registration: { id: randomUUID(), status: "GOING", guests: 0 }, member: member(alumni[1]!) }, hoursAgo: 50, status: "SUCCEEDED", codes: [200] },
    { type: "interest.created", data: { interest: { id: randomUUID(), kind: "OPEN_TO_RETURN" }, posting: null, member: member(alumni[2]!) }, hoursAgo: 30, status: "SUCCEEDED", codes: [503, 200] },
    { type: "member.left", data: { member: member(alumni[3]!), reason: "left" }, hoursAgo: 26, status: "FAILED", codes: [500, 500, 502, 503, 503, 500, 500, 500] },
    { type: "member.joined", data: { member: member(alumni[4]!), via: "invitation" }, hoursAgo: 4, status: "SUCCEEDED", codes: [200] },
  ];
  await tx.outgoingWebhookDelivery.createMany({
    data: history.map((h, i) => {
      const at = new Date(now - h.hoursAgo * HOUR);
      const eventId = `evt_${randomUUID()}`;
      const attempts = h.codes.map((status, n) => ({ at: new Date(at.getTime() + (n ? 300_000 * 2 ** (n - 1) : 0)).toISOString(), status, error: status === 200 ? null : `HTTP ${status}`, durationMs: 120 + 37 * n }));
      const last = attempts[attempts.length - 1]!;
      return {
        id: `msg_${randomUUID().replace(/-/g, "")}`,
        tenantId: tenant.id,
        endpointId: endpoint.id,
        eventType: h.type,
        eventId,
        payload: { id: eventId, type: h.type, timestamp: at.toISOString(), tenant: { id: tenant.id, slug: tenant.slug }, data: h.data } as Prisma.InputJsonObject,
        status: h.status,
        attempts: attempts.length,
        responseStatus: last.status,
        lastError: last.error,
        responseExcerpt: last.status === 200 ? "{\"received\":true}" : "Service Unavailable",
        durationMs: last.durationMs,
        history: attempts,
        lastAttemptAt: new Date(last.at),
        succeededAt: h.status === "SUCCEEDED" ? new Date(last.at) : null,
        createdAt: new Date(at.getTime() + i),
      };
    }),
  });
}
