import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// The signing secret must be read back to sign each delivery, so it cannot be hashed like a password. It is kept
// encrypted (AES-256-GCM) with a key derived from AUTH_SECRET: a copy of the database alone does not let anyone
// forge the company's webhooks. Rotating AUTH_SECRET therefore means rotating every endpoint's secret.

const PREFIX = "whsec_";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "kizuna", "outgoing-webhook-secret", 32));
}

/** A new secret in the Standard Webhooks form: `whsec_` and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  return `${PREFIX}${randomBytes(24).toString("base64")}`;
}

export function sealSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), sealed.toString("base64")].join(":");
}

export function openSecret(stored: string): string {
  const [version, iv, tag, sealed] = stored.split(":");
  if (version !== "v1" || !iv || !tag || !sealed) {
    throw new Error("unknown webhook secret format");
  }
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(sealed, "base64")), decipher.final()]).toString("utf8");
}
