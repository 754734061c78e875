import "server-only";
import { env } from "@/lib/env";
import { openWith, sealWith } from "./seal";

// The signing secret must be read back to sign each delivery, so it cannot be hashed like a password. It is kept
// encrypted with a key derived from AUTH_SECRET (./seal.ts): a copy of the database alone does not let anyone forge
// the company's webhooks. Changing AUTH_SECRET therefore means rotating every endpoint's secret.

export { newWebhookSecret } from "./seal";

export const sealSecret = (secret: string) => sealWith(env().AUTH_SECRET, secret);
export const openSecret = (stored: string) => openWith(env().AUTH_SECRET, stored);
