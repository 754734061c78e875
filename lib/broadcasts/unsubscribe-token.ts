import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// One-click unsubscribe (RFC 8058): the link names the delivery it came with and carries a MAC over it, so it
// works without signing in, can only ever turn off that one category for that one member, and lets the
// announcement's statistics count who unsubscribed from it. Nothing is stored to check it.
function mac(deliveryId: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`unsubscribe:${deliveryId}`).digest("base64url");
}

export function unsubscribeToken(deliveryId: bigint | string): string {
  return `${deliveryId}.${mac(String(deliveryId))}`;
}

/** The delivery a token names when its MAC is right, else null. */
export function deliveryIdOf(token: string): bigint | null {
  const match = /^(\d{1,19})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) {
    return null;
  }
  const expected = Buffer.from(mac(match[1]!));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? BigInt(match[1]!) : null;
}

const base = () => env().AUTH_URL ?? "http://localhost:3000";

/** The page a person reaches from the email's footer link: it asks for a button press (mail scanners prefetch). */
export function unsubscribePageUrl(deliveryId: bigint | string): string {
  return `${base()}/unsubscribe/${unsubscribeToken(deliveryId)}`;
}

/** The `List-Unsubscribe` target: a POST there (`List-Unsubscribe=One-Click`) unsubscribes at once. */
export function oneClickUnsubscribeUrl(deliveryId: bigint | string): string {
  return `${base()}/api/unsubscribe/${unsubscribeToken(deliveryId)}`;
}
