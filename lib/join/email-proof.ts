import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// A self-sign-up link proves the person reads the address they gave: it carries the address and an expiry,
// signed with the app's secret for one company. Nothing is stored until they complete the form.
const TTL_SECONDS = 24 * 60 * 60;

function sign(tenantId: string, email: string, expires: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`join:${tenantId}:${email}:${expires}`).digest("base64url");
}

export function joinProofToken(tenantId: string, email: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000 + TTL_SECONDS).toString(36);
  return `${Buffer.from(email).toString("base64url")}.${expires}.${sign(tenantId, email, expires)}`;
}

/** The proven email, or null for a forged, foreign or expired link. */
export function readJoinProof(tenantId: string, token: string, now = Date.now()): string | null {
  const [encoded, expires, mac] = token.split(".");
  if (!encoded || !expires || !mac || !/^[a-z0-9]+$/.test(expires)) {
    return null;
  }
  const email = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = Buffer.from(sign(tenantId, email, expires));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return null;
  }
  return parseInt(expires, 36) * 1000 > now ? email : null;
}
