import "server-only";
import { Resend } from "resend";
import { env } from "@/lib/env";

let client: Resend | undefined;

/**
 * The process's Resend client, or null without RESEND_API_KEY (mail then goes to the local outbox). The SDK reads
 * RESEND_BASE_URL itself, which points it at a local Resend-compatible server in tests and the benchmark.
 */
export function resendClient(): Resend | null {
  const apiKey = env().RESEND_API_KEY;
  if (!apiKey) {
    return null;
  }
  client ??= new Resend(apiKey);
  return client;
}
