import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deleteMyAccount, leaveNetwork } from "@/lib/account/delete-account";
import { db } from "@/lib/db";
import { respondToEvent } from "@/lib/events/rsvp";
import { acceptInvitation } from "@/lib/invitations/accept";
import { inviteFromRoster } from "@/lib/invitations/invite";
import { sendInvitationEmails } from "@/lib/invitations/send";
import { invitationToken } from "@/lib/invitations/token";
import { jobQueue } from "@/lib/jobs/boss";
import { decideApplicant, listApplicants } from "@/lib/join/applicants";
import { joinProofToken } from "@/lib/join/email-proof";
import { selfJoin } from "@/lib/join/self-join";
import { changeMembers } from "@/lib/members/manage";
import { expressInterest } from "@/lib/opportunities/interests";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy/resolve";
import { attemptDelivery } from "@/lib/webhooks-out/deliver";
import { createEndpoint, getEndpoint, sendTestEvent, setEndpointEnabled } from "@/lib/webhooks-out/endpoints";
import { WEBHOOK_EVENTS, type WebhookEventType } from "@/lib/webhooks-out/events";
import { postWebhook } from "@/lib/webhooks-out/post";
import { webhookUrlProblem } from "@/lib/webhooks-out/url";
import { startWebhookWorker } from "@/lib/webhooks-out/worker";
import { alumnusContext, createEvent } from "../support/events";
import { createMember, createTenant } from "../support/factories";
import { createPosting } from "../support/opportunities";

process.env.AUTH_URL = "http://localhost:3000";
const account = (name: string) => ({ newAccount: { name, password: "long-enough-pass", locale: "ja" as const } });

type Received = { path: string; headers: IncomingHttpHeaders; body: string };
let server: Server;
let origin = "";
let received: Received[] = [];
// What the receiver answers on a path, one status per request; 200 once the list is used up.
let answers: Record<string, number[]> = {};

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      const status = answers[path]?.shift() ?? 200;
      response.writeHead(status, { "content-type": "text/plain" });
      response.end(status === 200 ? "ok" : "receiver is down");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  process.env.KIZUNA_WEBHOOKS_ALLOW_LOOPBACK = "1";
  received = [];
  answers = {};
});

async function company() {
  const tenant = await createTenant();
  await db.tenant.update({ where: { id: tenant.id }, data: { registrationRule: "ROSTER_MATCH" } });
  const { user } = await createMember(tenant.id, "ADMIN");
  const admin = (await resolveTenantContext(tenant.slug, user.id)) as TenantContext;
  return { tenant, admin };
}

const endpoint = (admin: TenantContext, events: readonly WebhookEventType[], path = "/hook") =>
  createEndpoint(admin, { url: `${origin}${path}`, description: null, events: [...events] });

async function typesSentTo(endpointId: string) {
  const rows = await db.outgoingWebhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" }, select: { eventType: true } });
  return rows.map((r) => r.eventType).sort();
}

/** What a receiver does (README): HMAC-SHA256 of "id.timestamp.body" with the secret's bytes, timestamp near now. */
function verifiedByReceiver(secret: string, { headers, body }: Received): boolean {
  const id = String(headers["webhook-id"]);
  const timestamp = String(headers["webhook-timestamp"]);
  const expected = createHmac("sha256", Buffer.from(secret.replace(/^whsec_/, ""), "base64")).update(`${id}.${timestamp}.${body}`).digest("base64");
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return fresh && String(headers["webhook-signature"]).split(" ").includes(`v1,${expected}`);
}

describe("outgoing webhooks: the four events", () => {
  it("writes each event as a delivery to subscribed, enabled endpoints of the company only, in the change's transaction", async () => {
    const { tenant, admin } = await company();
    const other = await company();
    const everything = await endpoint(admin, WEBHOOK_EVENTS);
    const rsvpOnly = await endpoint(admin, ["rsvp.created"]);
    const switchedOff = await endpoint(admin, WEBHOOK_EVENTS);
    await setEndpointEnabled(admin, switchedOff, false);
    const otherCompany = await endpoint(other.admin, WEBHOOK_EVENTS);

    // member.joined, three ways: a roster match at sign-up, an approved applicant, an accepted invitation.
    const [taro, jiro, hanako] = await db.rosterEntry.createManyAndReturn({
      data: [
        { tenantId: tenant.id, employeeNumber: "E100", name: "名簿 太郎", email: `taro@${tenant.slug}.example` },
        { tenantId: tenant.id, employeeNumber: "E101", name: "招待 次郎", email: `jiro@${tenant.slug}.example` },
        { tenantId: tenant.id, employeeNumber: "E102", name: "申請 花子", email: `hanako@${tenant.slug}.example` },
      ],
    });
    expect(await selfJoin(tenant.slug, joinProofToken(tenant.id, taro!.email!), account("名簿 太郎"), null)).toMatchObject({ ok: true, status: "ACTIVE" });
    await inviteFromRoster(admin, { entryIds: [jiro!.id] });
    const invitation = await db.invitation.findFirstOrThrow({ where: { tenantId: tenant.id, rosterEntryId: jiro!.id } });
    await sendInvitationEmails(tenant.id, [invitation.id]);
    expect(await acceptInvitation(tenant.slug, invitationToken(invitation.id, invitation.nonce), account("招待 次郎"))).toMatchObject({ ok: true });
    await db.tenant.update({ where: { id: tenant.id }, data: { registrationRule: "APPROVAL" } });
    expect(await selfJoin(tenant.slug, joinProofToken(tenant.id, "stranger@example.com"), account("申請 三郎"), "営業部にいました")).toMatchObject({ ok: true, status: "PENDING" });
    expect(await typesSentTo(everything)).toEqual(["member.joined", "member.joined"]);
    const [applicant] = await listApplicants(admin);
    await decideApplicant(admin, applicant!.id, { approve: true, rosterEntryId: hanako!.id });
    expect(await typesSentTo(everything)).toEqual(["member.joined", "member.joined", "member.joined"]);

    // The payload: the event's type, time and id, and ids an HR system matches on.
    const joined = await db.outgoingWebhookDelivery.findFirstOrThrow({ where: { endpointId: everything, eventType: "member.joined" }, orderBy: { createdAt: "asc" } });
    expect(joined.payload).toMatchObject({ type: "member.joined", tenant: { id: tenant.id, slug: tenant.slug }, data: { via: "roster_match", member: { name: "名簿 太郎", email: taro!.email, employeeNumber: "E100", rosterEntryId: taro!.id } } });
    expect((joined.payload as { id: string }).id).toMatch(/^evt_/);
    const jobs = await db.$queryRaw<{ retry_limit: number; retry_backoff: boolean }[]>`SELECT retry_limit, retry_backoff FROM pgboss.job WHERE name = 'webhooks-out.deliver' AND data->>'deliveryId' = ${joined.id}`;
    expect(jobs).toEqual([{ retry_limit: 7, retry_backoff: true }]);

    // interest.created, and rsvp.created once: changing the guests or saying "not going" is not a new RSVP.
    const alumnus = await alumnusContext(tenant, "関心 四郎");
    const posting = await createPosting(tenant.id, { title: "経理マネージャー" });
    expect(await expressInterest(alumnus.context, posting.id, "興味があります")).toMatchObject({ ok: true });
    expect(await expressInterest(alumnus.context, posting.id, "もう一度")).toMatchObject({ ok: true });
    const event = await createEvent(tenant.id, { maxGuests: 2 });
    await respondToEvent(alumnus.context, event.id, { response: "GOING", guests: 0, answers: {} });
    await respondToEvent(alumnus.context, event.id, { response: "GOING", guests: 1, answers: {} });
    const declining = await alumnusContext(tenant, "欠席 五郎");
    await respondToEvent(declining.context, event.id, { response: "NOT_GOING", guests: 0, answers: {} });
    const rsvp = await db.outgoingWebhookDelivery.findFirstOrThrow({ where: { endpointId: rsvpOnly } });
    expect(rsvp.payload).toMatchObject({ type: "rsvp.created", data: { registration: { status: "GOING", guests: 0 }, event: { id: event.id }, member: { id: alumnus.membership.id, name: "関心 四郎" } } });
    const interest = await db.outgoingWebhookDelivery.findFirstOrThrow({ where: { endpointId: everything, eventType: "interest.created" } });
    expect(interest.payload).toMatchObject({ data: { posting: { id: posting.id, title: "経理マネージャー" }, member: { id: alumnus.membership.id } } });
    expect(JSON.stringify(interest.payload)).not.toContain("興味があります");

    // member.left: leaving, and removal by staff; a suspension is not leaving.
    const joinedMember = await db.membership.findFirstOrThrow({ where: { tenantId: tenant.id, user: { email: taro!.email! } }, select: { id: true, userId: true } });
    expect(await leaveNetwork(joinedMember.userId, tenant.slug)).toBe(true);
    const removed = await alumnusContext(tenant, "除名 六郎");
    const suspended = await alumnusContext(tenant, "停止 七子");
    await changeMembers(admin, "suspend", [suspended.membership.id], null);
    await changeMembers(admin, "remove", [removed.membership.id], "重複アカウント");
    const left = await db.outgoingWebhookDelivery.findMany({ where: { endpointId: everything, eventType: "member.left" }, orderBy: { createdAt: "asc" } });
    expect(left.map((d) => d.payload)).toMatchObject([
      { data: { reason: "left", member: { id: joinedMember.id, employeeNumber: "E100", email: taro!.email } } },
      { data: { reason: "removed", member: { id: removed.membership.id, name: "除名 六郎" } } },
    ]);

    expect(await typesSentTo(everything)).toEqual(["interest.created", "member.joined", "member.joined", "member.joined", "member.left", "member.left", "rsvp.created"]);
    expect(await typesSentTo(rsvpOnly)).toEqual(["rsvp.created"]);
    expect(await typesSentTo(switchedOff)).toEqual([]);
    expect(await typesSentTo(otherCompany)).toEqual([]);
  }, 90_000);
});

describe("outgoing webhooks: an account deleted", () => {
  it("tells each company where the person was a member that they left, naming them before the account is gone", async () => {
    const { tenant, admin } = await company();
    const other = await company();
    const [here, there] = [await endpoint(admin, ["member.left"]), await endpoint(other.admin, ["member.left"])];
    const alumnus = await alumnusContext(tenant, "削除 八郎");
    await db.membership.create({ data: { tenantId: other.tenant.id, userId: alumnus.user.id, role: "ALUMNI", status: "PENDING" } });
    expect(await deleteMyAccount(alumnus.user.id)).toEqual({ ok: true });
    const [left] = await db.outgoingWebhookDelivery.findMany({ where: { endpointId: here } });
    expect(left?.payload).toMatchObject({ type: "member.left", data: { reason: "account_deleted", member: { id: alumnus.membership.id, name: "削除 八郎", email: alumnus.user.email } } });
    // A request never approved was not a membership to leave.
    expect(await typesSentTo(there)).toEqual([]);
  });
});

describe("outgoing webhooks: delivery", () => {
  it("arrives signed, and after a 500 is retried by pg-boss with the same webhook-id until it succeeds", async () => {
    const { tenant, admin } = await company();
    const endpointId = await endpoint(admin, ["interest.created"], "/flaky");
    const { secret } = (await getEndpoint(admin, endpointId))!;
    expect(secret).toMatch(/^whsec_/);
    expect(JSON.stringify(await db.webhookEndpoint.findFirstOrThrow({ where: { id: endpointId } }))).not.toContain(secret);

    answers = { "/flaky": [500] };
    // The worker also takes the earlier test's deliveries (to /hook): only /flaky's requests are this test's.
    const flaky = () => received.filter((r) => r.path === "/flaky");
    await startWebhookWorker(await jobQueue());
    const alumnus = await alumnusContext(tenant);
    await expressInterest(alumnus.context, (await createPosting(tenant.id)).id, null);
    const delivery = await db.outgoingWebhookDelivery.findFirstOrThrow({ where: { endpointId } });

    await expect.poll(() => flaky().length, { timeout: 15_000 }).toBe(1);
    await expect.poll(async () => (await db.outgoingWebhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).attempts, { timeout: 5_000 }).toBe(1);
    expect(await db.outgoingWebhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: "PENDING", responseStatus: 500, responseExcerpt: "receiver is down" });
    // pg-boss holds the retry back for its backoff (minutes); bring it forward instead of waiting.
    await expect.poll(async () => (await db.$queryRaw<{ state: string }[]>`SELECT state FROM pgboss.job WHERE name = 'webhooks-out.deliver' AND data->>'deliveryId' = ${delivery.id}`)[0]?.state, { timeout: 5_000 }).toBe("retry");
    const [job] = await db.$queryRaw<{ wait: number }[]>`SELECT extract(epoch FROM start_after - now())::float AS wait FROM pgboss.job WHERE name = 'webhooks-out.deliver' AND data->>'deliveryId' = ${delivery.id}`;
    expect(job!.wait).toBeGreaterThan(200);
    await db.$executeRaw`UPDATE pgboss.job SET start_after = now() WHERE name = 'webhooks-out.deliver' AND data->>'deliveryId' = ${delivery.id}`;

    await expect.poll(async () => (await db.outgoingWebhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).status, { timeout: 15_000 }).toBe("SUCCEEDED");
    expect(flaky()).toHaveLength(2);
    expect(flaky().map((r) => r.headers["webhook-id"])).toEqual([delivery.id, delivery.id]);
    for (const request of flaky()) {
      expect(verifiedByReceiver(secret, request)).toBe(true);
      expect(JSON.parse(request.body)).toMatchObject({ type: "interest.created", data: { member: { id: alumnus.membership.id } } });
    }
    expect(verifiedByReceiver(secret.replace(/.$/, (c) => (c === "A" ? "B" : "A")), flaky()[1]!)).toBe(false);
    const done = await db.outgoingWebhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(done).toMatchObject({ status: "SUCCEEDED", attempts: 2, responseStatus: 200, nextAttemptAt: null });
    expect((done.history as { status: number }[]).map((h) => h.status)).toEqual([500, 200]);

    // A delivery that succeeded is never sent again, whatever runs its job.
    expect(await attemptDelivery(tenant.id, delivery.id)).toMatchObject({ status: "SKIPPED" });
    expect(flaky()).toHaveLength(2);
  }, 60_000);

  it("sends a test event at once and reports the receiver's answer", async () => {
    const { admin } = await company();
    const endpointId = await endpoint(admin, ["member.left"], "/test");
    expect(await sendTestEvent(admin, endpointId)).toMatchObject({ status: "SUCCEEDED", responseStatus: 200 });
    expect(JSON.parse(received.find((r) => r.path === "/test")!.body)).toMatchObject({ type: "webhook.test" });
    answers = { "/test": [503] };
    expect(await sendTestEvent(admin, endpointId)).toMatchObject({ status: "FAILED", responseStatus: 503 });
    const deliveries = (await getEndpoint(admin, endpointId))!.deliveries;
    expect(deliveries.map((d) => [d.eventType, d.status, d.responseStatus, d.attempts])).toEqual([["webhook.test", "FAILED", 503, 1], ["webhook.test", "SUCCEEDED", 200, 1]]);
  });

  it("refuses http, private addresses and (without the test override) this machine", async () => {
    expect(webhookUrlProblem("http://hr.example.co.jp/hook")).toBe("https");
    expect(webhookUrlProblem("https://10.0.0.8/hook")).toBe("private");
    expect(webhookUrlProblem("https://169.254.169.254/latest")).toBe("private");
    expect(webhookUrlProblem("not a url")).toBe("invalid");
    expect(webhookUrlProblem("https://hr.example.co.jp/kizuna/webhooks")).toBeNull();
    expect(webhookUrlProblem(`${origin}/hook`)).toBeNull();
    delete process.env.KIZUNA_WEBHOOKS_ALLOW_LOOPBACK;
    expect(webhookUrlProblem(`${origin}/hook`)).toBe("private");
    expect(await postWebhook(`${origin}/private`, {}, "{}")).toMatchObject({ status: null, error: "refused: private address" });
    expect(await postWebhook(`http://127.0.0.1:${new URL(origin).port}/private`, {}, "{}")).toMatchObject({ status: null, error: "refused: private address" });
    expect(received.filter((r) => r.path === "/private")).toHaveLength(0);
  });
});
