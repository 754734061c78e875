import "server-only";
import { z } from "zod";
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

/**
 * Acts on one verified delivery, once: the delivery id is recorded in the same transaction as its effects, so a
 * retry of an event already handled changes nothing. A hard bounce marks the invitation it answers BOUNCED (HR sees
 * it on the roster) and suppresses the address; a spam complaint suppresses the address.
 */
export async function handleResendEvent(deliveryId: string, event: ResendEvent, now = new Date()): Promise<EventOutcome> {
  const relevant = event.type === "email.bounced" || event.type === "email.complained";
  try {
    return await db.$transaction(async (tx) => {
      await tx.webhookDelivery.create({ data: { id: deliveryId, type: event.type } });
      if (!relevant) {
        return "ignored";
      }
      const reason = event.type === "email.bounced" ? "BOUNCED" : "COMPLAINED";
      // A soft bounce (mailbox full, server busy) says nothing about the address: Resend retries it.
      if (reason === "BOUNCED" && event.data?.bounce?.type === "Transient") {
        return "ignored";
      }
      const detail = bounceDetail(event);
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
