import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// An email-change link carries the request's id and a random secret; the database keeps only the secret's hash,
// so a leaked table cannot confirm anything.
export function newEmailChangeSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString("base64url");
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}

export function emailChangeToken(id: string, secret: string): string {
  return `${id}.${secret}`;
}

export function readEmailChangeToken(token: string): { id: string; secret: string } | null {
  const match = /^([a-z0-9]{10,40})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

export function secretMatches(secret: string, hash: string): boolean {
  const given = Buffer.from(hashSecret(secret));
  const expected = Buffer.from(hash);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
