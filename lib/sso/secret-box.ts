import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// The IdP client secret at rest: AES-256-GCM under a key derived from AUTH_SECRET (HKDF, its own label), so a
// database dump alone does not give it away. Rotating AUTH_SECRET makes stored secrets unreadable: the admin
// enters the secret again (the settings page says so when a secret cannot be opened).
const VERSION = "v1";

function keyOf(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "kizuna", "tenant-sso-client-secret", 32));
}

export function sealSecret(plain: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The secret, or null when it was sealed under another key or tampered with. */
export function openSecret(sealed: string, secret: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) {
    return null;
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyOf(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
