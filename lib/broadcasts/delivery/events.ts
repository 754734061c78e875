import "server-only";
import type { Tx } from "@/lib/db";

export type DeliveryEventType = "email.delivered" | "email.opened" | "email.clicked" | "email.bounced" | "email.complained";

export const DELIVERY_EVENT_TYPES: readonly string[] = ["email.delivered", "email.opened", "email.clicked", "email.bounced", "email.complained"];

/**
 * Resend's report about one email, on the announcement delivery that sent it (found by Resend's email id): the
 * statistics' status and timestamps. Opens and clicks keep the first time only; a delivery report never undoes a
 * bounce or complaint that came first. Returns how many delivery rows changed (0: not an announcement's email).
 */
export async function recordDeliveryEvent(tx: Tx, emailId: string, type: DeliveryEventType, at: Date, detail: string | null): Promise<number> {
  const where = { emailId, channel: "EMAIL" as const };
  switch (type) {
    case "email.delivered":
      return (await tx.broadcastDelivery.updateMany({ where: { ...where, status: "SENT" }, data: { status: "DELIVERED", deliveredAt: at } })).count;
    case "email.opened":
      return (await tx.broadcastDelivery.updateMany({ where: { ...where, openedAt: null }, data: { openedAt: at } })).count;
    case "email.clicked":
      return (await tx.broadcastDelivery.updateMany({ where: { ...where, clickedAt: null }, data: { clickedAt: at } })).count;
    case "email.bounced":
      return (await tx.broadcastDelivery.updateMany({ where: { ...where, bouncedAt: null }, data: { status: "BOUNCED", bouncedAt: at, error: detail } })).count;
    case "email.complained":
      return (await tx.broadcastDelivery.updateMany({ where: { ...where, complainedAt: null }, data: { status: "COMPLAINED", complainedAt: at } })).count;
  }
}
