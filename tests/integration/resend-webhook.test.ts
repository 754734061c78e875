import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/resend/route";
import { db } from "@/lib/db";
import { liftBounceSuppression, isSuppressed } from "@/lib/email/suppressions";
import { pruneWebhookDeliveries } from "@/lib/email/webhooks/prune";
import { signWebhook } from "@/lib/email/webhooks/signature";
import { inviteFromRoster, resendInvitation } from "@/lib/invitations/invite";
import { sendInvitationEmails } from "@/lib/invitations/send";
import { invitationState } from "@/lib/invitations/state";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createMember, createTenant } from "../support/factories";

const SECRET = `whsec_${Buffer.from("a test signing secret of 32 bytes").toString("base64")}`;
process.env.RESEND_WEBHOOK_SECRET = SECRET;
process.env.AUTH_URL = "http://localhost:3000";

let deliveries = 0;

/** A delivery as Resend (through Svix) would post it; `sign` lets a test break the signature or the clock. */
function delivery(event: object, options: { id?: string; secret?: string; at?: number } = {}) {
  const id = options.id ?? `msg_${Date.now()}_${deliveries++}`;
  const timestamp = Math.floor((options.at ?? Date.now()) / 1000);
  const body = JSON.stringify(event);
  const request = new Request("http://localhost:3000/api/webhooks/resend", {
    method: "POST",
    headers: { "content-type": "application/json", "svix-id": id, "svix-timestamp": String(timestamp), "svix-signature": signWebhook(options.secret ?? SECRET, id, timestamp, body) },
    body,
  });
  return { id, request };
}

const bounced = (emailId: string, to: string) => ({
  type: "email.bounced",
  created_at: new Date().toISOString(),
  data: { email_id: emailId, to: [to], from: "Kizuna <no-reply@kizuna.local>", subject: "招待", bounce: { type: "Permanent", subType: "General", message: "Mailbox does not exist" } },
});

/** HR invites one roster entry and the send job mails it: the invitation now carries the email's id. */
async function sentInvitation(email: string) {
  const tenant = await createTenant();
  const { user } = await createMember(tenant.id, "HR");
  const context = (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
  const entry = await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "不達 太郎", email } });
  await inviteFromRoster(context, { entryIds: [entry.id] });
  const invitation = await db.invitation.findFirstOrThrow({ where: { tenantId: tenant.id } });
  await sendInvitationEmails(tenant.id, [invitation.id]);
  const sent = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
  return { context, entry, invitation: sent };
}

const stateOf = async (entryId: string) => {
  const entry = await db.rosterEntry.findUniqueOrThrow({ where: { id: entryId }, include: { invitations: { orderBy: { createdAt: "desc" }, take: 1 } } });
  return invitationState(entry, entry.invitations[0] ?? null);
};

describe("Resend's bounce reports", () => {
  it("mark the invitation bounced for HR and stop further mail to the address", async () => {
    const { entry, invitation } = await sentInvitation("gone@example.com");
    const outbox = await db.outboxEmail.findFirstOrThrow({ where: { to: "gone@example.com" } });
    expect(invitation).toMatchObject({ status: "SENT", emailId: outbox.id });

    const response = await POST(delivery(bounced(outbox.id, "gone@example.com")).request);
    expect(response.status).toBe(200);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "BOUNCED", bounceReason: "Permanent/General: Mailbox does not exist" });
    expect(await stateOf(entry.id)).toBe("bounced");
    expect(await db.emailSuppression.findUnique({ where: { email: "gone@example.com" } })).toMatchObject({ reason: "BOUNCED" });
  });

  it("are refused with a wrong signature, and change nothing", async () => {
    const { invitation } = await sentInvitation("forged@example.com");
    const { request } = delivery(bounced(invitation.emailId!, "forged@example.com"), { secret: `whsec_${Buffer.from("someone else's secret").toString("base64")}` });
    expect((await POST(request)).status).toBe(401);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "SENT" });
    expect(await db.emailSuppression.count({ where: { email: "forged@example.com" } })).toBe(0);
  });

  it("are refused when the body was altered after signing", async () => {
    const { invitation } = await sentInvitation("altered@example.com");
    const { request } = delivery(bounced("re_other", "someone@example.com"));
    const tampered = new Request(request.url, { method: "POST", headers: request.headers, body: JSON.stringify(bounced(invitation.emailId!, "altered@example.com")) });
    expect((await POST(tampered)).status).toBe(401);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "SENT" });
  });

  it("are refused when signed more than five minutes ago (a captured delivery replayed later)", async () => {
    const { invitation } = await sentInvitation("stale@example.com");
    const { request } = delivery(bounced(invitation.emailId!, "stale@example.com"), { at: Date.now() - 6 * 60_000 });
    expect((await POST(request)).status).toBe(401);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "SENT" });
  });

  it("are handled once when the same delivery is retried", async () => {
    const { context, entry, invitation } = await sentInvitation("retry@example.com");
    const first = delivery(bounced(invitation.emailId!, "retry@example.com"));
    expect(await (await POST(first.request)).json()).toEqual({ ok: true, outcome: "handled" });
    // HR fixes the address and resends before Resend retries the old delivery: the retry must not undo that.
    await db.rosterEntry.update({ where: { id: entry.id }, data: { email: "retry.fixed@example.com" } });
    await resendInvitation(context, invitation.id);
    const again = delivery(bounced(invitation.emailId!, "retry@example.com"), { id: first.id });
    expect(await (await POST(again.request)).json()).toEqual({ ok: true, outcome: "duplicate" });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "PENDING", email: "retry.fixed@example.com", bouncedAt: null });
    expect(await db.webhookDelivery.count({ where: { id: first.id } })).toBe(1);
  });

  it("record a spam complaint as a suppressed address without calling the mail undelivered", async () => {
    const { invitation } = await sentInvitation("angry@example.com");
    const complaint = { type: "email.complained", created_at: new Date().toISOString(), data: { email_id: invitation.emailId, to: ["angry@example.com"] } };
    expect((await POST(delivery(complaint).request)).status).toBe(200);
    expect(await db.emailSuppression.findUnique({ where: { email: "angry@example.com" } })).toMatchObject({ reason: "COMPLAINED" });
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "SENT" });
  });

  it("leave the address and the invitation alone after a soft bounce (mailbox full), which Resend retries", async () => {
    const { invitation } = await sentInvitation("full@example.com");
    const soft = { ...bounced(invitation.emailId!, "full@example.com"), data: { email_id: invitation.emailId, to: ["full@example.com"], bounce: { type: "Transient", subType: "MailboxFull", message: "Mailbox full" } } };
    expect(await (await POST(delivery(soft).request)).json()).toEqual({ ok: true, outcome: "ignored" });
    expect(await db.emailSuppression.count({ where: { email: "full@example.com" } })).toBe(0);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "SENT" });
  });

  it("refuse a body far larger than any report, without reading it whole", async () => {
    const huge = { type: "email.bounced", data: { to: ["x@example.com"], padding: "x".repeat(300 * 1024) } };
    expect((await POST(delivery(huge).request)).status).toBe(413);
  });

  it("are forgotten a month after they were handled", async () => {
    await db.webhookDelivery.create({ data: { id: "msg_old", type: "email.bounced", receivedAt: new Date(Date.now() - 31 * 86_400_000) } });
    await db.webhookDelivery.create({ data: { id: "msg_recent", type: "email.bounced", receivedAt: new Date(Date.now() - 2 * 86_400_000) } });
    expect(await pruneWebhookDeliveries()).toBeGreaterThanOrEqual(1);
    expect(await db.webhookDelivery.findMany({ where: { id: { in: ["msg_old", "msg_recent"] } }, select: { id: true } })).toEqual([{ id: "msg_recent" }]);
  });

  it("acknowledge events Kizuna does not act on", async () => {
    const response = await POST(delivery({ type: "email.delivered", created_at: new Date().toISOString(), data: { email_id: "re_x", to: ["x@example.com"] } }).request);
    expect(await response.json()).toEqual({ ok: true, outcome: "ignored" });
  });
});

describe("after a bounce", () => {
  it("a new invitation to the same address is not sent but shown as bounced; after HR fixes the address, the resend goes out", async () => {
    const { context, entry, invitation } = await sentInvitation("dead@example.com");
    await POST(delivery(bounced(invitation.emailId!, "dead@example.com")).request);

    await resendInvitation(context, invitation.id);
    await sendInvitationEmails(context.tenant.id, [invitation.id]);
    expect(await db.outboxEmail.count({ where: { to: "dead@example.com" } })).toBe(1);
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "BOUNCED", bounceReason: "suppressed" });

    await db.rosterEntry.update({ where: { id: entry.id }, data: { email: "alive@example.com" } });
    await resendInvitation(context, invitation.id);
    await sendInvitationEmails(context.tenant.id, [invitation.id]);
    expect(await db.outboxEmail.count({ where: { to: "alive@example.com" } })).toBe(1);
    expect(await stateOf(entry.id)).toBe("invited");
  });
});

describe("lifting a bounce block", () => {
  it("lets HR send to the address again, is audited, and does nothing for another company's roster entry", async () => {
    const { context, entry, invitation } = await sentInvitation("blocked@example.com");
    await POST(delivery(bounced(invitation.emailId!, "blocked@example.com")).request);
    const outsider = await sentInvitation("someone@example.com");
    expect(await liftBounceSuppression(outsider.context, entry.id)).toBe(false);
    expect(await isSuppressed("blocked@example.com")).toBe(true);

    expect(await liftBounceSuppression(context, entry.id)).toBe(true);
    expect(await isSuppressed("blocked@example.com")).toBe(false);
    expect(await db.auditEvent.count({ where: { tenantId: context.tenant.id, action: "suppression.lift", targetRosterId: entry.id } })).toBe(1);
    await resendInvitation(context, invitation.id);
    await sendInvitationEmails(context.tenant.id, [invitation.id]);
    expect(await stateOf(entry.id)).toBe("invited");
  });

  it("does not lift a spam complaint: only the person can", async () => {
    const { context, entry, invitation } = await sentInvitation("nospam@example.com");
    await POST(delivery({ type: "email.complained", created_at: new Date().toISOString(), data: { email_id: invitation.emailId, to: ["nospam@example.com"] } }).request);
    expect(await liftBounceSuppression(context, entry.id)).toBe(false);
    expect(await isSuppressed("nospam@example.com")).toBe(true);
  });
});
