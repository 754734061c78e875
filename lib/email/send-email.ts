import "server-only";
import { cloneElement, type ReactElement } from "react";
import { render } from "@react-email/render";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { resendClient } from "./resend-client";
import { senderFor } from "./sender";
import { tenantEmailBranding } from "./tenant-branding";

export type OutgoingEmail = {
  to: string;
  subject: string;
  react: ReactElement;
  tenantId?: string | null;
  /** What kind of mail this is (magic-link, invitation, …), kept with outbox copies and as a Resend tag. */
  tag: string;
  from?: string;
  replyTo?: string;
  /** Resend drops a second send with the same key (for jobs that may run twice). */
  idempotencyKey?: string;
  attachments?: EmailAttachment[];
};

/** A file sent with the mail (e.g. an event's .ics). Text content is sent as UTF-8. */
export type EmailAttachment = { filename: string; contentType: string; content: string | Uint8Array };

const bytesOf = (content: string | Uint8Array) => (typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content));

export type SentEmail = { id: string; via: "resend" | "outbox" };

/**
 * The one way Kizuna sends mail. With RESEND_API_KEY set it goes through Resend (RESEND_BASE_URL points the SDK
 * elsewhere, e.g. a local Resend-compatible server in tests); without it, it lands in the local outbox table,
 * readable at /dev/mail on a local run. Mail sent for a company carries its branding (decisions/030): its sender
 * name and Reply-To, and its logo and colour, handed to the template as its `branding` prop — set here, once,
 * so no caller can forget it.
 */
export async function sendEmail(email: OutgoingEmail): Promise<SentEmail> {
  const brand = email.tenantId ? await tenantEmailBranding(email.tenantId) : null;
  const react = brand ? cloneElement(email.react as ReactElement<{ branding?: unknown }>, { branding: brand.branding }) : email.react;
  const [html, text] = await Promise.all([render(react), render(react, { plainText: true })]);
  const from = email.from ?? (brand?.senderName ? senderFor(brand.senderName) : env().EMAIL_FROM);
  const replyTo = email.replyTo ?? brand?.replyTo ?? undefined;
  const resend = resendClient();

  if (resend) {
    const { data, error } = await resend.emails.send(
      {
        from,
        to: email.to,
        subject: email.subject,
        html,
        text,
        replyTo,
        tags: [{ name: "kind", value: email.tag.replace(/[^A-Za-z0-9_-]/g, "_") }],
        attachments: email.attachments?.length ? email.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: bytesOf(a.content).toString("base64") })) : undefined,
      },
      email.idempotencyKey ? { idempotencyKey: email.idempotencyKey } : undefined,
    );
    if (error || !data) {
      throw new Error(`Resend refused the email (${error?.name ?? "unknown"}): ${error?.message ?? "no id returned"}`);
    }
    return { id: data.id, via: "resend" };
  }

  const stored = await db.outboxEmail.create({
    data: {
      to: email.to.toLowerCase(),
      from,
      subject: email.subject,
      html,
      text,
      tag: email.tag,
      replyTo: replyTo ?? null,
      tenantId: email.tenantId ?? null,
      attachments: email.attachments?.length ? email.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, base64: bytesOf(a.content).toString("base64") })) : undefined,
    },
    select: { id: true },
  });
  return { id: stored.id, via: "outbox" };
}
