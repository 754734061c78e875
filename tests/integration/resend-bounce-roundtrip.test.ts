import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/resend/route";
import { db } from "@/lib/db";
import { signWebhook } from "@/lib/email/webhooks/signature";
import { inviteFromRoster } from "@/lib/invitations/invite";
import { sendInvitationEmails } from "@/lib/invitations/send";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { createMember, createTenant } from "../support/factories";

const SECRET = `whsec_${Buffer.from("round trip signing secret").toString("base64")}`;
process.env.RESEND_WEBHOOK_SECRET = SECRET;
process.env.AUTH_URL = "http://localhost:3000";

// A local Resend-compatible endpoint: the real SDK sends through it and gets Resend-style ids back.
let server: Server;
let sent = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ id: `re_roundtrip_${++sent}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.RESEND_API_KEY = "re_test_key";
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  server.close();
});

describe("an invitation sent through Resend", () => {
  it("keeps Resend's email id, so the bounce Resend reports for that id lands on the invitation", async () => {
    const tenant = await createTenant();
    const { user } = await createMember(tenant.id, "HR");
    const context = (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
    const entry = await db.rosterEntry.create({ data: { tenantId: tenant.id, name: "往復 花子", email: "nobody@bounce.example" } });
    await inviteFromRoster(context, { entryIds: [entry.id] });
    const { id } = await db.invitation.findFirstOrThrow({ where: { tenantId: tenant.id } });
    await sendInvitationEmails(tenant.id, [id]);
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id } });
    expect(invitation).toMatchObject({ status: "SENT", emailId: `re_roundtrip_${sent}` });

    const body = JSON.stringify({ type: "email.bounced", created_at: new Date().toISOString(), data: { email_id: invitation.emailId, to: ["nobody@bounce.example"], bounce: { type: "Permanent", message: "No such user" } } });
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await POST(
      new Request("http://localhost:3000/api/webhooks/resend", {
        method: "POST",
        headers: { "svix-id": "msg_roundtrip", "svix-timestamp": String(timestamp), "svix-signature": signWebhook(SECRET, "msg_roundtrip", timestamp, body) },
        body,
      }),
    );
    expect(response.status).toBe(200);
    expect(await db.invitation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "BOUNCED", bounceReason: "Permanent: No such user" });
  });
});
