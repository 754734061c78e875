import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhookSignature } from "@/lib/email/webhooks/signature";

const secret = `whsec_${Buffer.from("unit test secret").toString("base64")}`;
const now = 1_790_000_000_000;
const at = Math.floor(now / 1000);
const body = '{"type":"email.bounced"}';

describe("Svix-style webhook signatures", () => {
  it("accept a delivery signed with the secret, also among several signatures while a secret rotates", () => {
    const signature = signWebhook(secret, "msg_1", at, body);
    expect(verifyWebhookSignature(secret, { id: "msg_1", timestamp: String(at), signature, body }, now)).toEqual({ ok: true });
    expect(verifyWebhookSignature(secret, { id: "msg_1", timestamp: String(at), signature: `v1,b2xk ${signature}`, body }, now)).toEqual({ ok: true });
  });

  it("refuse a changed body, id or timestamp, a missing header and a timestamp outside five minutes", () => {
    const signature = signWebhook(secret, "msg_1", at, body);
    expect(verifyWebhookSignature(secret, { id: "msg_1", timestamp: String(at), signature, body: "{}" }, now)).toEqual({ ok: false, reason: "badSignature" });
    expect(verifyWebhookSignature(secret, { id: "msg_2", timestamp: String(at), signature, body }, now)).toEqual({ ok: false, reason: "badSignature" });
    expect(verifyWebhookSignature(secret, { id: "msg_1", timestamp: String(at + 1), signature, body }, now)).toEqual({ ok: false, reason: "badSignature" });
    expect(verifyWebhookSignature(secret, { id: null, timestamp: String(at), signature, body }, now)).toEqual({ ok: false, reason: "missingHeaders" });
    expect(verifyWebhookSignature(secret, { id: "msg_1", timestamp: String(at), signature, body }, now + 301_000)).toEqual({ ok: false, reason: "staleTimestamp" });
    expect(verifyWebhookSignature(secret, { id: "msg_1", timestamp: String(at), signature, body }, now - 301_000)).toEqual({ ok: false, reason: "staleTimestamp" });
  });
});
