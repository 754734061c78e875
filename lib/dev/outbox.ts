import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { devToolsEnabled } from "@/lib/env";

/** The outbox viewer shows everyone's sign-in links: it answers only on a local run (KIZUNA_DEV_TOOLS). */
export function requireDevTools(): void {
  if (!devToolsEnabled()) {
    notFound();
  }
}

export async function listOutbox(take = 100) {
  requireDevTools();
  return db.outboxEmail.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, tag: true, createdAt: true },
  });
}

export async function getOutboxEmail(id: string) {
  requireDevTools();
  return db.outboxEmail.findUnique({ where: { id } });
}

export type OutboxAttachment = { filename: string; contentType: string; base64: string };

/** The files stored with an outbox email (empty when it had none). */
export function attachmentsOf(email: { attachments: unknown }): OutboxAttachment[] {
  return Array.isArray(email.attachments) ? (email.attachments as OutboxAttachment[]) : [];
}
