import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// The link carries the invitation's id and a MAC over it and its current nonce: nothing secret is stored, the
// same link can be mailed again by a retried job, and a new nonce (resend) voids every older link.
function mac(id: string, nonce: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`invitation:${id}:${nonce}`).digest("base64url");
}

export function invitationToken(id: string, nonce: string): string {
  return `${id}.${mac(id, nonce)}`;
}

export function invitationIdOf(token: string): string | null {
  const match = /^([a-z0-9]{10,40})\.[A-Za-z0-9_-]{43}$/.exec(token);
  return match ? match[1]! : null;
}

export function tokenMatches(token: string, id: string, nonce: string): boolean {
  const expected = Buffer.from(invitationToken(id, nonce));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
