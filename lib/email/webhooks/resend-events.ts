import "server-only";
import { z } from "zod";
import { DELIVERY_EVENT_TYPES, recordDeliveryEvent, type DeliveryEventType } from "@/lib/broadcasts/delivery/events";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Only the parts of Resend's event payload Kizuna acts on; anything else in it is ignored.
export const resendEventSchema = z.object({
  type: z.string(),
  created_at: z.string().optional(),
  data: z
    .object({
      email_id: z.string().optional(),
      to: z.array(z.string()).optional(),
      bounce: z.object({ message: z.string().optional(), type: z.string().optional(), subType: z.string().optional() }).optional(),
    })
    .loose()
    .optional(),
});

export type ResendEvent = z.infer<typeof resendEventSchema>;

export type EventOutcome = "handled" | "duplicate" | "ignored";

function bounceDetail(event: ResendEvent): string | null {
  const bounce = event.data?.bounce;
  const text = [bounce?.type, bounce?.subType].filter(Boolean).join("/");
  return [text, bounce?.message].filter(Boolean).join(": ").slice(0, 500) || null;
}

// When the event happened by Resend's clock (its reports can arrive late or out of order); else when it arrived.
function eventTime(event: ResendEvent, now: Date): Date {
  const at = event.created_at ? new Date(event.created_at) : null;
  return at && !Number.isNaN(at.getTime()) && at.getTime() <= now.getTime() + 60_000 ? at : now;
}

/**
 * Acts on one verified delivery, once: the delivery id is recorded in the same transaction as its effects, so a
 * retry of an event already handled changes nothing. An announcement's email takes the report as its statistics
 * (delivered, first open, first click, bounced, complained). A hard bounce marks the invitation it answers BOUNCED
 * (HR sees it on the roster) and suppresses the address; a spam complaint suppresses the address.
 */
export async function handleResendEvent(deliveryId: string, event: ResendEvent, now = new Date()): Promise<EventOutcome> {
  const suppressing = event.type === "email.bounced" || event.type === "email.complained";
  // A soft bounce (mailbox full, server busy) says nothing about the address: Resend retries it.
  const transient = event.type === "email.bounced" && event.data?.bounce?.type === "Transient";
  try {
    return await db.$transaction(async (tx) => {
      await tx.webhookDelivery.create({ data: { id: deliveryId, type: event.type } });
      if (transient) {
        return "ignored";
      }
      const detail = bounceDetail(event);
      const emailId = event.data?.email_id;
      const statistics = emailId && DELIVERY_EVENT_TYPES.includes(event.type) ? await recordDeliveryEvent(tx, emailId, event.type as DeliveryEventType, eventTime(event, now), detail) : 0;
      if (!suppressing) {
        return statistics > 0 ? "handled" : "ignored";
      }
      const reason = event.type === "email.bounced" ? "BOUNCED" : "COMPLAINED";
      for (const address of (event.data?.to ?? []).map((a) => a.toLowerCase())) {
        await tx.emailSuppression.upsert({ where: { email: address }, create: { email: address, reason, detail }, update: { reason, detail } });
      }
      if (reason === "BOUNCED" && event.data?.email_id) {
        // Only an invitation still waiting to be used; a later resend (new email id) is not touched.
        await tx.invitation.updateMany({
          where: { emailId: event.data.email_id, status: { in: ["PENDING", "SENT"] } },
          data: { status: "BOUNCED", bouncedAt: now, bounceReason: detail },
        });
      }
      return "handled";
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return "duplicate";
    }
    throw error;
  }
}
