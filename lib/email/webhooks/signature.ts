import { createHmac, timingSafeEqual } from "node:crypto";

// Resend signs webhooks the Svix way: HMAC-SHA256 over "{id}.{timestamp}.{body}" with the base64 key after
// "whsec_", sent as "v1,<base64>" (several, space-separated, while a secret rotates). A timestamp more than five
// minutes off is refused, so a captured delivery cannot be replayed later.
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

export type SignedDelivery = { id: string | null; timestamp: string | null; signature: string | null; body: string };

export type SignatureCheck = { ok: true } | { ok: false; reason: "missingHeaders" | "staleTimestamp" | "badSignature" };

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

export function verifyWebhookSignature(secret: string, delivery: SignedDelivery, now = Date.now()): SignatureCheck {
  const { id, timestamp, signature, body } = delivery;
  if (!id || !timestamp || !signature || !/^\d+$/.test(timestamp)) {
    return { ok: false, reason: "missingHeaders" };
  }
  const seconds = Number(timestamp);
  if (Math.abs(now / 1000 - seconds) > WEBHOOK_TOLERANCE_SECONDS) {
    return { ok: false, reason: "staleTimestamp" };
  }
  const expected = Buffer.from(signWebhook(secret, id, seconds, body).slice(3));
  const matches = signature.split(" ").some((candidate) => {
    const [version, value] = candidate.split(",");
    const given = Buffer.from(value ?? "");
    return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { ok: true } : { ok: false, reason: "badSignature" };
}
