import { isIP } from "node:net";
import { isPrivateAddress } from "@/lib/feed/safe-fetch";

// Tests and local development point endpoints at a receiver on this machine: the override opens http://localhost
// and loopback addresses only, never the private network. Nothing but tests and local runs should set it.
export const webhookLoopbackAllowed = () => process.env.KIZUNA_WEBHOOKS_ALLOW_LOOPBACK === "1";

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "::1"]);

export type UrlProblem = "invalid" | "https" | "private";

/**
 * Why a URL cannot be an endpoint, or null: https only, and not an address inside our network. Names are checked
 * again when each delivery connects (DNS may change), so this is the early, readable answer for the form.
 */
export function webhookUrlProblem(raw: string): UrlProblem | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "invalid";
  }
  if (url.username || url.password || (url.protocol !== "https:" && url.protocol !== "http:")) {
    return "invalid";
  }
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (LOOPBACK_NAMES.has(host) || /^127\./.test(host)) {
    return webhookLoopbackAllowed() ? null : "private";
  }
  if (url.protocol !== "https:") {
    return "https";
  }
  if ((isIP(host) && isPrivateAddress(host)) || host.endsWith(".localhost") || host.endsWith(".internal") || host.endsWith(".local")) {
    return "private";
  }
  return null;
}
