import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// A key's secret: a recognisable prefix (so secret scanners and people can tell what it is) and 256 random bits.
// Only its SHA-256 is stored: a fast hash is right for a high-entropy secret (nothing to guess), and it lets the
// key be found by an index lookup.
export const SECRET_PREFIX = "kz_live_";
const VISIBLE = 6;

export function newSecret(): { secret: string; prefix: string; hash: string } {
  const secret = `${SECRET_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, SECRET_PREFIX.length + VISIBLE), hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Compares two hex hashes in constant time (a second wall behind the index lookup). */
export function sameHash(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a, "hex"), Buffer.from(b, "hex")];
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** The secret from an `Authorization: Bearer …` header, or null when there is none of the right form. */
export function bearerSecret(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  const secret = match?.[1];
  return secret && secret.startsWith(SECRET_PREFIX) && secret.length <= 100 ? secret : null;
}
